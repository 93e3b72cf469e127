using System.Net;
using System.Text.RegularExpressions;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Pages.Secretariat;

/// <summary>The audit page filtered by day, and every download a secretariat page offers: with the page's session, its filters, a byte-order mark.</summary>
public sealed partial class DownloadsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    [Fact]
    public async Task TheAuditPageFiltersByDayInParisTime()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "audit-secretariat", Role = UserRole.Secretariat });
        var api = await ApiSession.SecretariatAsync(factory);
        await api.CreateCallAsync(2029);

        var within = await page.Client.GetAsync("/secretariat/audit?from=2000-01-01&until=2100-12-31");
        var before = await page.Client.GetAsync("/secretariat/audit?until=2000-01-01");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, within);
        Assert.Contains("2029", await within.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, before);
        Assert.DoesNotContain("<td>2029</td>", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAuditDownloadWorksWithThePageSessionAndKeepsThePagesFilters()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "audit-secretariat", Role = UserRole.Secretariat });
        var api = await ApiSession.SecretariatAsync(factory);
        await api.CreateCallAsync(2029);

        var everything = await DownloadFromAsync(page, "/secretariat/audit?what=create&from=2000-01-01&until=2100-12-31");
        var nothing = await DownloadFromAsync(page, "/secretariat/audit?what=create&until=2000-01-01");

        Assert.Contains(",create,call,2029,", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("2029", nothing, StringComparison.Ordinal);
        Assert.StartsWith("id,at,actor", nothing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportsTakeThePageSessionWithTheSameRoleChecks()
    {
        await factory.ResetAsync();
        var secretariat = await PageSession.SignInAsync(factory, new NewUser { Name = "exports-secretariat", Role = UserRole.Secretariat });
        var coordinator = await PageSession.SignInAsync(factory, new NewUser
        {
            Name = "exports-coordinator", Role = UserRole.Coordinator, Field = Engine.Domain.CreativeField.Music,
        });

        foreach (var url in new[] { "/api/audit.csv", "/api/notifications.csv", $"/api/calls/{SampleProfiles.Year}/applicants.csv",
                     $"/api/calls/{SampleProfiles.Year}/proposals.csv", $"/api/calls/{SampleProfiles.Year}/report.csv" })
        {
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.Client.GetAsync(url));
        }

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await coordinator.Client.GetAsync($"/api/calls/{SampleProfiles.Year}/applicants.csv"));
        var refused = await coordinator.Client.GetAsync("/api/audit.csv");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        // A JSON endpoint is still the bearer token's only: the session cookie does not drive the API.
        Assert.Equal(HttpStatusCode.Unauthorized, (await secretariat.Client.GetAsync("/api/calls")).StatusCode);
    }

    [Fact]
    public async Task EveryCsvDownloadStartsWithAByteOrderMarkSoThatSpreadsheetsReadZahleRight()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{SampleProfiles.Year}/applicants", """
            id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls
            app-zahle,Zahlé,LB,Gastronomy,ar;fr,2027-03-10T10:00:00+00:00,"Cuisine libanaise",,
            """));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "bom-secretariat", Role = UserRole.Secretariat });

        foreach (var url in new[] { $"/secretariat/report?handler=Csv&year={SampleProfiles.Year}", $"/api/calls/{SampleProfiles.Year}/applicants.csv", "/api/audit.csv" })
        {
            var response = await page.Client.GetAsync(url);
            await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.AsSpan().StartsWith(ByteOrderMark), $"{url} has no byte-order mark");
        }

        var applicants = await (await api.GetAsync($"/api/calls/{SampleProfiles.Year}/applicants.csv")).Content.ReadAsByteArrayAsync();
        Assert.True(applicants.AsSpan().StartsWith(ByteOrderMark));
        Assert.Contains("Zahlé", System.Text.Encoding.UTF8.GetString(applicants), StringComparison.Ordinal);
    }

    /// <summary>Opens a page, follows its "Download as CSV" link with the same session, and reads the file.</summary>
    private static async Task<string> DownloadFromAsync(PageSession page, string url)
    {
        var html = await page.Client.GetStringAsync(url);
        var link = WebUtility.HtmlDecode(CsvLink().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(link), $"{url} offers no CSV");
        var response = await page.Client.GetAsync(link);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*>Download as CSV</a>")]
    private static partial Regex CsvLink();
}
