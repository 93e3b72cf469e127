using System.Net;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Caching;

/// <summary>
/// The cached reads (the proposals list, who a bearer token is) against real PostgreSQL: a change committed by another
/// process (here: a connection of the test's own) reaches them through PostgreSQL's change notice, at once.
/// </summary>
public sealed class CachedReadsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AChangeCommittedByAnotherProcessShowsInTheProposalsListAtOnce()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var before = await ListAsync(secretariat);
        Assert.Equal(before, await ListAsync(secretariat));
        Assert.DoesNotContain("approved", before);

        await using (var connection = factory.OpenConnection())
        {
            await connection.ExecuteAsync("UPDATE proposals SET status = 'approved', decided_by = 'elsewhere', decided_at = now()");
        }

        await WaitUntilAsync(async () => !(await ListAsync(secretariat)).Contains("\"proposed\"", StringComparison.Ordinal),
            "the list shows the change");
    }

    [Fact]
    public async Task ATokenRevokedByAnotherProcessStopsWorkingAtOnce()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.GetAsync($"/api/calls/{Year}/proposals"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.GetAsync($"/api/calls/{Year}/proposals"));

        await using (var connection = factory.OpenConnection())
        {
            await connection.ExecuteAsync("UPDATE users SET token_hash = sha256(token_hash)");
        }

        await WaitUntilAsync(async () => (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).StatusCode == HttpStatusCode.Unauthorized,
            "the revoked token is refused");
    }

    private static async Task<string> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/calls/{Year}/proposals");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>"At once": the notice comes within milliseconds; two seconds leave room for a loaded machine.</summary>
    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) =>
        Eventually.UntilAsync(condition, what, TimeSpan.FromSeconds(2));
}
