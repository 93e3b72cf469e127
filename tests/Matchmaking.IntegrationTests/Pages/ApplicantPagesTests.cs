using Matchmaking.Core.Applicants;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Profiles in the pages, in Chromium: the secretariat searches the applicants and edits one with the import's checks.</summary>
public sealed class ApplicantPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheSecretariatFindsAnApplicantEditsItIsToldWhatIsWrongAndSavesIt()
    {
        await host.App.ResetAsync();
        var api = await ApiSession.SecretariatAsync(host.App);
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await PageSession.CreateAsync(host.App, new NewUser { Name = "profiles-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("profiles-secretariat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Applicants", Exact = true }).ClickAsync();
        await page.GetByLabel("Search").FillAsync("ORAN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("table.applicants tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Oran" }).ClickAsync();

        await page.GetByLabel("Submitted at").FillAsync("last week");
        await page.GetByLabel("Contact e-mail").FillAsync("culture@oran.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the applicant" }).ClickAsync();
        await Expect(page.Locator(".errors")).ToContainTextAsync("Submitted at: 'last week' is not an ISO 8601 date and time");
        await Expect(page.GetByLabel("Contact e-mail")).ToHaveValueAsync("culture@oran.example.org");

        await page.GetByLabel("Submitted at").FillAsync("2027-03-12T09:30:00+01:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the applicant" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Applicant app-oran (Oran) is saved.");
        await Expect(page.Locator("#applicant-app-oran")).ToContainTextAsync("culture@oran.example.org");
        var saved = (await host.App.Services.GetRequiredService<ApplicantStore>().ListAsync(Year, default)).Single(a => a.Id == "app-oran");
        Assert.Equal("culture@oran.example.org", saved.ContactEmail);
        Assert.Equal(new DateTimeOffset(2027, 3, 12, 8, 30, 0, TimeSpan.Zero), saved.SubmittedAt);
    }
}
