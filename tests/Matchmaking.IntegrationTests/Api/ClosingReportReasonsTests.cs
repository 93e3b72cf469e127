using System.Net;
using System.Text.Json;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>The closing report says what became of each applicant's pair, and names the mentor of a pair still in progress.</summary>
public sealed class ClosingReportReasonsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ARejectedPairAndAnApprovedPairAwaitingTheMentorAreReportedAsSuch()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        // Each reject proposes the applicant's next best mentor; the coordinator rejects them all.
        var rejected = $"/api/proposals/{pairs["app-kumasi"]}";
        for (var i = 0; rejected is not null && i < 20; i++)
        {
            var reject = await music.PostJsonAsync($"{rejected}/reject", new { note = "no" });
            await HttpAssert.StatusAsync(HttpStatusCode.OK, reject);
            rejected = reject.Headers.TryGetValues("Next-Proposal", out var next) ? next.Single() : null;
        }

        Assert.Null(rejected);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{pairs["app-oran"]}/approve", new { note = "yes" }));

        var report = await (await secretariat.GetAsync($"/api/calls/{Year}/report")).JsonAsync();

        var lines = report.GetProperty("unmatched").EnumerateArray().ToDictionary(u => u.GetProperty("applicant_id").GetString()!);
        Assert.Equal(["rejected_by_coordinator"], Reasons(lines["app-kumasi"]));
        Assert.Equal(["awaiting_mentor_answer"], Reasons(lines["app-oran"]));
        Assert.Equal("mentor-bologna", lines["app-oran"].GetProperty("mentor_id").GetString());
        Assert.Equal("Bologna", lines["app-oran"].GetProperty("mentor_city").GetString());
        var csv = await (await secretariat.GetAsync($"/api/calls/{Year}/report.csv")).Content.ReadAsStringAsync();
        Assert.Contains("app-oran,Oran,DZ,Music,in_progress,mentor-bologna,Bologna,IT,,awaiting_mentor_answer", csv, StringComparison.Ordinal);
    }

    private static List<string?> Reasons(JsonElement line) => line.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
}
