using System.Net;
using Matchmaking.Core.Users;
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
}
