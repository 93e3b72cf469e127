using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// At a phone's 390 px no page is wider than the window: a wide table scrolls inside itself, and its state and action buttons
/// can still be reached.
/// </summary>
public sealed class PhoneWidthTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task NoPageOfAnyRoleIsWiderThanAPhoneAndTheUsersActionsCanStillBeReached()
    {
        await host.App.ResetAsync();
        var api = await ApiSession.SecretariatAsync(host.App);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        var round = await api.PostAsync($"/api/calls/{Year}/rounds", null);
        await api.WaitForRoundAsync(round.Headers.Location!);
        await PageSession.CreateAsync(host.App, new NewUser { Name = "phone-secretariat", Role = UserRole.Secretariat });
        await PageSession.CreateAsync(host.App, new NewUser { Name = "phone-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        await PageSession.CreateAsync(host.App, new NewUser { Name = "phone-liverpool", Role = UserRole.Mentor, City = "Liverpool", CountryCode = "GB" });
        await PageSession.CreateAsync(host.App, new NewUser { Name = "phone-bologna-with-a-long-name", Role = UserRole.Mentor, City = "Bologna", CountryCode = "IT" });
        var wide = new List<string>();

        foreach (var name in new[] { "phone-secretariat", "phone-music", "phone-liverpool" })
        {
            var page = await host.SignInAsync(name);
            await page.SetViewportSizeAsync(390, 844);
            var links = await page.Locator("header nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var link in links.Where(l => !l.StartsWith("/hangfire", StringComparison.Ordinal)).Append("/account/password"))
            {
                await page.GotoAsync($"{link}{(link.Contains('?', StringComparison.Ordinal) ? "&" : "?")}year={Year}");
                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                var (width, window) = (sizes[0], sizes[1]);
                if (width > window)
                {
                    wide.Add($"{name} {link}: {width} px in a {window} px window");
                }
            }

            if (name == "phone-secretariat")
            {
                await page.GotoAsync("/secretariat/users");
                await page.GetByLabel("Disable phone-bologna-with-a-long-name").ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Yes, disable phone-bologna-with-a-long-name" }).ClickAsync();
                await Microsoft.Playwright.Assertions.Expect(page.Locator("#user-phone-bologna-with-a-long-name .state")).ToContainTextAsync("disabled");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(wide.Count == 0, "Wider than the window:\n" + string.Join('\n', wide));
    }
}
