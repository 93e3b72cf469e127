using Dapper;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Profiles in the pages, in Chromium: the secretariat searches the mentor offers and corrects one with the import's checks.</summary>
public sealed class MentorPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheSecretariatFindsAnOfferCorrectsItAfterARoundIsToldWhatIsWrongAndSavesIt()
    {
        await host.App.ResetAsync();
        var api = await ApiSession.SecretariatAsync(host.App);
        await api.PairSampleAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "offers-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("offers-secretariat");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentor offers", Exact = true }).ClickAsync();
        await page.GetByLabel("Search").FillAsync("archives sonores");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("table.offers tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit Bologna" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("A pairing round for Music has run");

        await page.GetByLabel("Capacity").FillAsync("three");
        await page.GetByLabel("Contact e-mail").FillAsync("music@bologna.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the offer" }).ClickAsync();
        await Expect(page.Locator(".errors")).ToContainTextAsync("Capacity: 'three' is not a positive whole number");
        await Expect(page.GetByLabel("Contact e-mail")).ToHaveValueAsync("music@bologna.example.org");

        await page.GetByLabel("Capacity").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the offer" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Offer mentor-bologna (Bologna) is saved.");
        await Expect(page.Locator("#offer-mentor-bologna")).ToContainTextAsync("music@bologna.example.org");
        var saved = await host.App.Services.GetRequiredService<MentorStore>().GetAsync(Year, "mentor-bologna", default);
        Assert.Equal(3, saved!.Capacity);
        Assert.Equal("music@bologna.example.org", saved.ContactEmail);
        await using var connection = host.App.OpenConnection();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM audit_log WHERE action = 'save_mentor_offer' AND entity_id = '{Year}/mentor-bologna' AND actor LIKE '%offers-secretariat'"));
    }
}
