using System.Net;
using System.Net.Http.Json;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>
/// After 29 October the secretariat records who was designated; the unsuccessful applicants are call history that the
/// four-year pause rule reads in later calls, beside what applicants declare.
/// </summary>
public sealed class DesignationsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Header = "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls";

    [Fact]
    public async Task ACityRecordedUnsuccessfulInTwoConsecutiveCallsIsPausedInTheNextOneThoughItDeclaresNothing()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        foreach (var year in new[] { 2023, 2025 })
        {
            await secretariat.CreateCallAsync(year);
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{year}/applicants", $"""
                {Header}
                old-oran-{year},ORAN,DZ,Music,fr,{year}-03-12T09:30:00+01:00,"Formation des musiciens",,
                old-kumasi-{year},Kumasi,GH,Crafts and Folk Art,en,{year}-03-12T09:30:00+01:00,"Craft training",,
                """));
            var record = await secretariat.PutAsJsonAsync($"/api/calls/{year}/designations", new { designated = new[] { $"old-kumasi-{year}" } });
            await HttpAssert.StatusAsync(HttpStatusCode.OK, record);
            Assert.Contains("1 designated, 1 not designated", await record.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var outcomes = (await (await secretariat.GetAsync("/api/calls/2025/designations")).JsonAsync()).EnumerateArray()
            .ToDictionary(o => o.GetProperty("applicant_id").GetString()!, o => o.GetProperty("designated").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["old-kumasi-2025"] = true, ["old-oran-2025"] = false }, outcomes);

        var year2027 = SampleProfiles.Year;
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{year2027}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{year2027}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{year2027}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var roundId = long.Parse(start.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var unmatched = await factory.Services.GetRequiredService<RoundService>().UnmatchedAsync(roundId, default);

        var oran = unmatched.Single(u => u.Id == "app-oran");
        Assert.True(oran.Reasons.Contains("reapplication_cooldown"), string.Join(", ", oran.Reasons));
        Assert.DoesNotContain(unmatched, u => u.Id == "app-kumasi");

        // 2027's designations are not announced yet: recording them now is refused and records nothing.
        var early = await secretariat.PutAsJsonAsync($"/api/calls/{year2027}/designations", new { designated = Array.Empty<string>() });
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, early);
        Assert.Contains("after the application deadline", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownApplicantIdIsRefusedByNameAndOnlyTheSecretariatRecordsDesignations()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await secretariat.CreateCallAsync(2025);
        var unknown = await secretariat.PutAsJsonAsync("/api/calls/2025/designations", new { designated = new[] { "nobody" } });
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("Not applicants of the call 2025: nobody", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var coordinator = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PutAsJsonAsync("/api/calls/2025/designations", new { designated = Array.Empty<string>() }));
        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await secretariat.PutAsJsonAsync("/api/calls/2019/designations", new { designated = Array.Empty<string>() }));
    }
}
