using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>A round's page on a phone (issue 21, defect 12): no sideways scrolling, its statuses and buttons on the screen.</summary>
public sealed class RoundPageNarrowTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task AtThreeHundredNinetyPixelsTheRoundPageDoesNotOverflowAndItsButtonsAreOnTheScreen()
    {
        await host.App.ResetAsync();
        var secretariatApi = await ApiSession.SecretariatAsync(host.App);
        var round = await secretariatApi.PairSampleAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "narrow-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("narrow-secretariat");
        await page.SetViewportSizeAsync(390, 800);

        await page.GotoAsync(round.Page);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= innerWidth"),
            $"the page is {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px wide at 390 px");
        var approve = page.GetByRole(AriaRole.Button, new() { Name = "Approve Oran for the coordinator" });
        var status = page.Locator("#round-status");
        foreach (var shown in new[] { approve, status })
        {
            var box = await shown.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box.X + box.Width, 0, 390);
        }
    }
}
