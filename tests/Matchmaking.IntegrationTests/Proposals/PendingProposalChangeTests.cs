using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;

namespace Matchmaking.IntegrationTests.Proposals;

/// <summary>
/// A second round moves Kumasi from Bologna to Liverpool and gives Bologna's one place to Oran, who can have no other mentor
/// (issue 21, defects 3, 4 and 5): the coordinator sees the change and why, the first round's page marks its pair as replaced,
/// and the closing report names the current mentor.
/// </summary>
public sealed class PendingProposalChangeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = 2027;

    private const string Mentors = """
        id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since
        mentor-bologna,Bologna,IT,Music,fr,1,"Archives sonores, festival de musique raï et formation des musiciens",cooperation,2006
        mentor-liverpool,Liverpool,GB,Music,en,1,"Music venue networks and artist development",technical_assistance,2015
        """;

    private const string Header = "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls\n";

    private const string Kumasi =
        "app-kumasi,Kumasi,GH,Music,en;fr,2027-03-10T10:00:00+00:00,\"Archives sonores, festival de musique raï et formation des musiciens\",,\n";

    private const string Oran = "app-oran,Oran,DZ,Music,fr,2027-03-12T09:30:00+01:00,\"Festival de musique raï et formation des musiciens\",,\n";

    [Fact]
    public async Task AReRunThatMovesAPendingProposalSaysWhyTheFirstRoundMarksItReplacedAndTheReportNamesTheCurrentMentor()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", Mentors));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", Header + Kumasi));
        var first = await secretariat.WaitForRoundAsync((await secretariat.PostAsync($"/api/calls/{Year}/rounds", null)).Headers.Location!);
        var before = Assert.Single((await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray());
        Assert.Equal("mentor-bologna", before.GetProperty("mentor").GetProperty("id").GetString());

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", Header + Kumasi + Oran));
        var second = await secretariat.WaitForRoundAsync((await secretariat.PostAsync($"/api/calls/{Year}/rounds", null)).Headers.Location!);

        var current = (await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("applicant").GetProperty("id").GetString()!);
        var kumasi = current["app-kumasi"];
        Assert.Equal("mentor-liverpool", kumasi.GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal("mentor-bologna", kumasi.GetProperty("replaces_mentor_id").GetString());
        Assert.Equal("app-oran", kumasi.GetProperty("place_taken_by").GetString());
        Assert.Equal("mentor-bologna", current["app-oran"].GetProperty("mentor").GetProperty("id").GetString());

        // The coordinator sees that the pair changed and why, in both languages.
        var coordinator = await PageSession.SignInAsync(factory, new NewUser { Name = "rerun-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var english = WebUtility.HtmlDecode(await coordinator.Client.GetStringAsync($"/coordinator?year={Year}"));
        Assert.Contains("Changed by a new pairing round: Bologna (IT) was proposed before. Its place went to Oran (DZ), which had no other mentor city",
            english, StringComparison.Ordinal);
        using var inFrench = new HttpRequestMessage(HttpMethod.Get, $"/coordinator?year={Year}");
        inFrench.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var french = WebUtility.HtmlDecode(await (await coordinator.Client.SendAsync(inFrench)).Content.ReadAsStringAsync());
        Assert.Contains("Modifié par un nouvel appariement\u00a0: Bologna (IT) était proposée auparavant. Cette ville mentor accompagne désormais Oran (DZ)",
            french, StringComparison.Ordinal);

        // The first round's page marks its pending pair as replaced, with no decision to take on it; the second offers them.
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "rerun-secretariat", Role = UserRole.Secretariat });
        var firstPage = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/rounds/{first.GetProperty("id").GetInt64()}"));
        Assert.Contains("A later round replaced this round's proposals", firstPage, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status replaced\">replaced</span>", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve Kumasi for the coordinator", firstPage, StringComparison.Ordinal);
        var secondPage = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/rounds/{second.GetProperty("id").GetInt64()}"));
        Assert.Contains("Approve Kumasi for the coordinator", secondPage, StringComparison.Ordinal);

        // The report names Kumasi's current mentor; Bologna, with one place, appears once.
        var report = await (await secretariat.GetAsync($"/api/calls/{Year}/report")).JsonAsync();
        var lines = report.GetProperty("unmatched").EnumerateArray().ToDictionary(u => u.GetProperty("applicant_id").GetString()!);
        Assert.Equal("mentor-liverpool", lines["app-kumasi"].GetProperty("mentor_id").GetString());
        var csv = await (await secretariat.GetAsync($"/api/calls/{Year}/report.csv")).Content.ReadAsStringAsync();
        Assert.Contains("app-kumasi,Kumasi,GH,Music,in_progress,mentor-liverpool,", csv, StringComparison.Ordinal);
        Assert.Single(csv.Split('\n'), l => l.Contains("mentor-bologna", StringComparison.Ordinal));
        var reportPage = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/report?year={Year}"));
        Assert.Single(reportPage.Split("<tr>"), row => row.Contains("Bologna (IT)", StringComparison.Ordinal));
    }
}
