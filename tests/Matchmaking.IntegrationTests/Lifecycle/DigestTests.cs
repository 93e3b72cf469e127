using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class DigestTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    [Fact]
    public async Task EachCoordinatorGetsOneDigestAWeekSayingWhatWaitsInTheirField()
    {
        await host.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.Factory);
        await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Music);
        await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Film);
        await secretariat.PostCsvAsync($"/api/calls/{SampleProfiles.Year}/applicants", SampleProfiles.Applicants);
        await secretariat.PostCsvAsync($"/api/calls/{SampleProfiles.Year}/mentors", SampleProfiles.Mentors);
        var start = await secretariat.PostAsync($"/api/calls/{SampleProfiles.Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var digests = host.Factory.Services.GetRequiredService<DigestService>();

        Assert.Equal(2, await digests.SendAsync(default));
        Assert.Equal(0, await digests.SendAsync(default));
        host.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await digests.SendAsync(default));

        await using var connection = host.Factory.OpenConnection();
        var music = (await connection.QueryAsync<string>(
            "SELECT body FROM notifications WHERE recipient = 'user:coordinator-Music' ORDER BY id")).AsList();
        Assert.Equal(2, music.Count);
        Assert.StartsWith("Call 2027, Music: 2 proposals to review", music[0], StringComparison.Ordinal);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM follow_ups WHERE kind = 'digest' AND state = 'done'"));
    }
}
