using System.Net;
using System.Text;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>Only the secretariat creates a call: a round or an import for a call that does not exist is 404, and creates nothing.</summary>
public sealed class CallCreationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ARoundForACallThatDoesNotExistIs404AndLeavesNoRound()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var start = await secretariat.PostAsync("/api/calls/2030/rounds", null);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, start);
        Assert.Contains("\"code\":\"call_not_found\"", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var connection = factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rounds"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM calls WHERE year = 2030"));
    }

    [Theory]
    [InlineData("applicants")]
    [InlineData("mentors")]
    public async Task AnImportIntoACallThatDoesNotExistIs404AndSchedulesNothing(string kind)
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var import = await secretariat.PostAsync($"/api/calls/2031/{kind}", new StringContent("[]", Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, import);
        await using var connection = factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM calls WHERE year = 2031"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM follow_ups WHERE call_year = 2031"));

        await secretariat.CreateCallAsync(2031);
        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await secretariat.PostAsync($"/api/calls/2031/{kind}", new StringContent("[]", Encoding.UTF8, "application/json")));
    }

    [Fact]
    public async Task TwoQuickRequestsForARoundOfTheSameCallJoinOneRound()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var both = await Task.WhenAll(
            secretariat.PostAsync($"/api/calls/{Pairing.SampleProfiles.Year}/rounds", null),
            secretariat.PostAsync($"/api/calls/{Pairing.SampleProfiles.Year}/rounds", null));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(both[0].Headers.Location, both[1].Headers.Location);
        await secretariat.WaitForRoundAsync(both[0].Headers.Location!);
        await using var connection = factory.OpenConnection();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rounds"));

        // Once that round is done, the next request starts a new one.
        var next = await secretariat.PostAsync($"/api/calls/{Pairing.SampleProfiles.Year}/rounds", null);
        Assert.NotEqual(both[0].Headers.Location, next.Headers.Location);
    }
}
