using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>An unknown address shows a page in words to a person in Chromium, and stays ProblemDetails for the API.</summary>
public sealed class ErrorPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task AnUnknownPageInTheBrowserSaysSoInWordsAndTheApiKeepsItsProblemDetails()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "errors-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("errors-secretariat");

        var response = await page.GotoAsync($"{host.BaseUrl}/secretariat/no-such-page");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("/secretariat/no-such-page");
        Assert.DoesNotContain("\"status\"", await page.ContentAsync(), StringComparison.Ordinal);

        var api = await host.App.CreateClient().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownPageIsShownInTheSitesLayoutInTheReadersLanguage()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "erreurs-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("erreurs-secretariat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        var response = await page.GotoAsync("/secretariat/pas-de-page");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page introuvable" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Il n'y a pas de page à l'adresse /secretariat/pas-de-page");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Appels", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ThePairPageSaysThatTheApplicantDoesNotExistInFrenchForAFrenchReader()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "erreurs-musique", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var page = await host.SignInAsync("erreurs-musique");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();

        var response = await page.GotoAsync("/coordinator/pair?applicant=NOPE");

        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Il n'y a pas de candidature NOPE.");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Propositions", Exact = true })).ToBeVisibleAsync();
        Assert.DoesNotContain("/coordinator/pair", await page.GetByRole(AriaRole.Alert).TextContentAsync(), StringComparison.Ordinal);

        // A POST that finds nothing gets the same page, and the API's 404 stays ProblemDetails.
        var api = await host.App.CreateClient().GetAsync("/api/calls/2028/applicants/NOPE");
        Assert.NotEqual("text/html", api.Content.Headers.ContentType?.MediaType);
    }
}
