using System.Net;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>Proposals, applicants, notifications and the audit log as CSV, each with its reader's view and role check.</summary>
public sealed class ExportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheListsExportAsCsvWithTheSameVisibilityAsTheirJsonAndFormulasEscaped()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);
        var applicants = SampleProfiles.Applicants + "\napp-formula,\"=HYPERLINK(\"\"x\"\")\",GH,Music,en,2027-03-10T10:00:00+00:00,\"Music festival strategy\",,";
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);

        var proposals = await CsvAsync(secretariat, $"/api/calls/{Year}/proposals.csv");
        Assert.StartsWith("id,creative_field,applicant_id,applicant_city", proposals, StringComparison.Ordinal);
        Assert.True(proposals.Contains("app-oran", StringComparison.Ordinal), proposals);
        Assert.DoesNotContain("app-oran", await CsvAsync(film, $"/api/calls/{Year}/proposals.csv"), StringComparison.Ordinal);

        var all = await CsvAsync(secretariat, $"/api/calls/{Year}/applicants.csv");
        Assert.Contains("'=HYPERLINK", all, StringComparison.Ordinal);
        var filmOnly = await CsvAsync(film, $"/api/calls/{Year}/applicants.csv");
        Assert.Contains("app-late", filmOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("app-kumasi", filmOnly, StringComparison.Ordinal);

        Assert.StartsWith("id,created_at,recipient", await CsvAsync(secretariat, "/api/notifications.csv"), StringComparison.Ordinal);
        var audit = await CsvAsync(secretariat, "/api/audit.csv");
        Assert.Contains("request_round", audit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await film.GetAsync("/api/audit.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await film.GetAsync("/api/notifications.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/calls/{Year}/proposals.csv")).StatusCode);
    }

    private static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
