using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>English or French pages, per person, in Chromium: the switch, the stored choice, and the browser's language.</summary>
public sealed class LanguagePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task AMentorCitySwitchesToFrenchAndItsNextSessionOpensInFrench()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "langue-bologna", Role = UserRole.Mentor, City = "Bologna", CountryCode = "IT" });
        var page = await host.SignInAsync("langue-bologna");
        await page.GotoAsync("/mentor");
        await Expect(page.Locator("#requests")).ToHaveTextAsync("Pairing requests");

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Expect(page.Locator("#requests")).ToHaveTextAsync("Demandes de jumelage");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();

        // A new browser, signed in again: the stored choice opens the pages in French.
        var again = await host.SignInAsync("langue-bologna");
        await again.GotoAsync("/mentor");
        await Expect(again.Locator("#offers")).ToHaveTextAsync("Votre offre d'accompagnement");
        await again.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(again.Locator("#offers")).ToHaveTextAsync("Your volunteer offer");
    }

    [Fact]
    public async Task SomeoneNotSignedInSeesThePagesInTheBrowsersLanguage()
    {
        var client = host.App.CreateClient();
        using var french = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        french.Headers.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var text = await (await client.SendAsync(french)).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Se connecter</h1>", text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", text, StringComparison.Ordinal);
        var english = await client.GetStringAsync("/account/sign-in");
        Assert.Contains("<h1>Sign in</h1>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretariatReadsItsPagesInFrench()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "langue-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("langue-secretariat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Appariements", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Lancer un appariement pour" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Appels", Exact = true }).ClickAsync();
        await Expect(page.Locator("#new-call")).ToHaveTextAsync("Nouvel appel");
    }
}
