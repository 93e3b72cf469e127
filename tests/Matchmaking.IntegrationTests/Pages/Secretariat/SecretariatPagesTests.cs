using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Pages.Secretariat;

/// <summary>The secretariat's imports, applicants, calls, dashboard, tasks, report and audit pages, in English and French.</summary>
public sealed class SecretariatPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AfterAnUploadWithoutAFileTheImportsPageStillListsTheEarlierImports()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "imports-secretariat", Role = UserRole.Secretariat });

        var response = await page.PostFormAsync("/secretariat/imports?handler=Applicants", new() { ["year"] = $"{Year}" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Choose a file to import.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("None yet.", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"imports\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportsPageDescribesTheFormatsItselfAndSendsPeopleToTheCallsPage()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "imports-secretariat", Role = UserRole.Secretariat });

        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/imports?year={Year}"));
        var french = await FrenchAsync(page, $"/secretariat/imports?year={Year}");
        var missingCall = WebUtility.HtmlDecode(await (await page.PostFileAsync("/secretariat/imports?handler=Mentors",
            new() { ["year"] = "2031" }, "mentors.csv", SampleProfiles.Mentors)).Content.ReadAsStringAsync());

        Assert.DoesNotContain("README", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/secretariat/calls", html, StringComparison.Ordinal);
        Assert.Contains("<code>contact_email</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>submitted_at</code>", html, StringComparison.Ordinal);
        // The earlier rejected records are on the page with their reasons (app-bad-field has no such field).
        Assert.Contains("app-bad-field", html, StringComparison.Ordinal);
        Assert.Contains("Quand la candidature est arrivée", french, StringComparison.Ordinal);
        Assert.DoesNotContain("PUT /api/calls", missingCall, StringComparison.Ordinal);
        Assert.Contains("href=\"/secretariat/calls#new-call\"", missingCall, StringComparison.Ordinal);
        foreach (var template in new[] { "applicants", "mentors" })
        {
            var header = (await page.Client.GetStringAsync($"/templates/{template}.csv")).Split('\n')[0];
            Assert.EndsWith(",contact_email", header.TrimEnd('\r'), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SearchingApplicantsForTheFieldsFrenchNameFindsThem()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "search-secretariat", Role = UserRole.Secretariat });

        var html = await page.Client.GetStringAsync($"/secretariat/applicants?year={Year}&q=musique");

        Assert.Contains("Recife", html, StringComparison.Ordinal);
        Assert.Contains("Kumasi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mombasa", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatingACallConfirmsItInTheCallsOwnSectionWhereThePageOpens()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "calls-secretariat", Role = UserRole.Secretariat });

        var created = await page.PostFormAsync("/secretariat/calls?handler=Save", new() { ["Form.IsNew"] = "true", ["Form.Year"] = "2030" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.EndsWith("#call-2030", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync("/secretariat/calls"));
        var section = html[html.IndexOf("id=\"call-2030\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("The call 2030 is created", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountsReadInTheReadersGrammar()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await api.PairSampleAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "counts-secretariat", Role = UserRole.Secretariat });

        var report = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/report?year={Year}"));
        var frenchReport = await FrenchAsync(page, $"/secretariat/report?year={Year}");
        var dashboard = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat?year={Year}"));
        var frenchDashboard = await FrenchAsync(page, $"/secretariat?year={Year}");

        Assert.Contains("0 partnerships established", report, StringComparison.Ordinal);
        Assert.Contains("0 partenariat établi", frenchReport, StringComparison.Ordinal);
        var unmatched = System.Text.RegularExpressions.Regex.Match(dashboard, @"(\d+) (applicants?) unmatched");
        Assert.True(unmatched.Success, "the dashboard does not count the unmatched applicants");
        Assert.Equal(unmatched.Groups[1].Value == "1" ? "applicant" : "applicants", unmatched.Groups[2].Value);
        var proposed = System.Text.RegularExpressions.Regex.Match(dashboard, @"(\d+) (pairs?) proposed");
        Assert.Equal(proposed.Groups[1].Value == "1" ? "pair" : "pairs", proposed.Groups[2].Value);
        Assert.Contains("villes candidates", frenchDashboard, StringComparison.Ordinal);
        Assert.Contains("jumelages proposés", frenchDashboard, StringComparison.Ordinal);
        Assert.Contains("terminé", frenchDashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("pairs proposed", frenchDashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Times in", frenchDashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTasksCallsAndAuditPagesReadFrenchForAFrenchReader()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await api.CreateCallAsync(2030);
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "french-secretariat", Role = UserRole.Secretariat });

        var tasks = await FrenchAsync(page, "/secretariat/tasks?year=2030");
        var calls = await FrenchAsync(page, "/secretariat/calls");
        var audit = await FrenchAsync(page, "/secretariat/audit?what=create&from=2000-01-01");

        Assert.Contains("escalade", tasks, StringComparison.Ordinal);
        Assert.Contains("planifiée", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain(">scheduled<", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("round close", tasks, StringComparison.Ordinal);
        Assert.Contains("7 avril 2030", calls, StringComparison.Ordinal);
        Assert.Contains("clôture de l'appariement (2030)", calls, StringComparison.Ordinal);
        Assert.Contains("création", audit, StringComparison.Ordinal);
        Assert.Contains("après, date limite des partenariats\u00a0: 9 avril 2030, 23:59", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("partnership deadline", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJobDashboardSpeaksThePersonsLanguageAndShowsParisTime()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "jobs-secretariat", Role = UserRole.Secretariat });

        var french = await FrenchAsync(page, "/hangfire");
        var script = await page.Client.GetStringAsync(ScriptOf(french));

        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("timeZone: 'Europe/Paris'", script, StringComparison.Ordinal);
    }

    private static string ScriptOf(string html)
    {
        var at = html.IndexOf("/hangfire/js", StringComparison.Ordinal);
        Assert.True(at >= 0, "the dashboard has no script");
        return html[at..html.IndexOf('"', at)];
    }

    private static async Task<string> FrenchAsync(PageSession page, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var response = await page.Client.SendAsync(request);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
