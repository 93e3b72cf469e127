using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Overrides in the pages, in Chromium: reject with the next best proposed, undo an approval, decide for a coordinator.</summary>
public sealed class OverridePagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ACoordinatorRejectsAndSeesTheNextBestUndoesAnApprovalAndTheSecretariatApprovesForTheCoordinator()
    {
        await host.App.ResetAsync();
        var secretariatApi = await ApiSession.SecretariatAsync(host.App);
        var round = await secretariatApi.PairSampleAsync();
        var pairs = round.ProposalOf;

        await PageSession.CreateAsync(host.App, new NewUser { Name = "override-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var coordinator = await host.SignInAsync("override-music");
        await coordinator.GotoAsync($"/coordinator?year={Year}");
        var kumasi = coordinator.Locator($"#proposal-{pairs["app-kumasi"]}");
        await kumasi.GetByLabel("Why reject (note)").FillAsync("not the right fit");
        await kumasi.GetByRole(AriaRole.Button, new() { Name = "Reject this pair" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("the next best mentor");

        var oran = coordinator.Locator($"#proposal-{pairs["app-oran"]}");
        await oran.GetByRole(AriaRole.Button, new() { Name = "Approve this pair" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("approved");
        await coordinator.Locator($"#proposal-{pairs["app-oran"]}").GetByRole(AriaRole.Button, new() { Name = "Undo the approval of Oran" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("the approval is taken back");
        await Expect(coordinator.Locator($"#proposal-{pairs["app-oran"]} .status").First).ToHaveTextAsync("proposed");

        await PageSession.CreateAsync(host.App, new NewUser { Name = "override-secretariat", Role = UserRole.Secretariat });
        var secretariat = await host.SignInAsync("override-secretariat");
        await secretariat.GotoAsync(round.Page);
        await secretariat.GetByLabel("Note for Oran").FillAsync("the Music coordinator is on leave");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Approve Oran for the coordinator" }).ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToContainTextAsync("Oran: approved for the Music coordinator.");
        await Expect(secretariat.Locator("table.pairs").First).ToContainTextAsync("(for the Music coordinator)");
    }

    [Fact]
    public async Task ACoordinatorPairsAnApplicantByHandWithAnyMentorOfTheFieldSeeingTheEnginesScores()
    {
        await host.App.ResetAsync();
        var secretariatApi = await ApiSession.SecretariatAsync(host.App);
        var pairs = (await secretariatApi.PairSampleAsync()).ProposalOf;
        await PageSession.CreateAsync(host.App, new NewUser { Name = "hand-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var coordinator = await host.SignInAsync("hand-music");

        await coordinator.GotoAsync($"/coordinator?year={Year}");
        // An applicant the rules exclude is listed without a pair, and its page says why it cannot be paired.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Pair Recife by hand" }).ClickAsync();
        await Expect(coordinator.Locator(".errors")).ToContainTextAsync("region not eligible");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Pair with the chosen mentor city" })).ToHaveCountAsync(0);

        await coordinator.GotoAsync($"/coordinator?year={Year}");
        await coordinator.Locator($"#proposal-{pairs["app-kumasi"]}")
            .GetByRole(AriaRole.Link, new() { Name = "Pair Kumasi with another mentor city of the field" }).ClickAsync();
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("Pair Kumasi (GH) by hand");
        await Expect(coordinator.Locator("#option-mentor-notmember")).ToContainTextAsync("not a member in field");
        await Expect(coordinator.Locator("#option-mentor-liverpool")).ToContainTextAsync("live music");
        await coordinator.GetByLabel("Pair with Bologna (IT)").CheckAsync();
        await coordinator.GetByLabel("Note (optional)").FillAsync("music education fits");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Pair with the chosen mentor city" }).ClickAsync();

        await Expect(coordinator.Locator(".flash")).ToContainTextAsync("Kumasi: paired by hand with Bologna; the mentor city is asked.");
        await Expect(coordinator.Locator($"#proposal-{pairs["app-kumasi"]} .status").First).ToHaveTextAsync("replaced");
    }
}
