using Matchmaking.Core.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>People in the pages, in Chromium: the secretariat creates and disables users; everyone changes their own password.</summary>
public sealed class UserPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task TheSecretariatCreatesACoordinatorWhoSignsInWithTheTemporaryPasswordAndChangesIt()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "people-secretariat", Role = UserRole.Secretariat });
        var secretariat = await host.SignInAsync("people-secretariat");
        await secretariat.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await secretariat.GetByLabel("User name").FillAsync("film-coordinator-2");
        await secretariat.GetByLabel("Role").SelectOptionAsync("coordinator");
        await secretariat.GetByLabel("Creative field (a coordinator)").SelectOptionAsync("Film");
        await secretariat.GetByLabel("E-mail").FillAsync("film@example.org");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await Expect(secretariat.Locator("#issued")).ToContainTextAsync("User film-coordinator-2 is created");
        var temporary = await secretariat.Locator("#issued-password").TextContentAsync();
        await Expect(secretariat.Locator("#user-film-coordinator-2")).ToContainTextAsync("Film");

        var coordinator = await host.SignInAsync("film-coordinator-2", password: temporary!);
        await Expect(coordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/coordinator"));
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Password" }).ClickAsync();
        await coordinator.GetByLabel("Current password").FillAsync("not the one");
        await coordinator.GetByLabel("New password (at least 10 characters)").FillAsync("a much longer secret");
        await coordinator.GetByLabel("New password again").FillAsync("a much longer secret");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(coordinator.Locator(".errors")).ToContainTextAsync("The current password is not right.");
        await coordinator.GetByLabel("Current password").FillAsync(temporary!);
        await coordinator.GetByLabel("New password (at least 10 characters)").FillAsync("a much longer secret");
        await coordinator.GetByLabel("New password again").FillAsync("a much longer secret");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(coordinator.Locator(".flash")).ToHaveTextAsync("Your password is changed.");
        await (await host.SignInAsync("film-coordinator-2", password: "a much longer secret")).Context.CloseAsync();

        await secretariat.GotoAsync("/secretariat/users");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Disable film-coordinator-2" }).ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToContainTextAsync("User 'film-coordinator-2' is disabled");
        await Expect(secretariat.Locator("#user-film-coordinator-2 .state")).ToContainTextAsync("disabled");
        await Expect(secretariat.GetByRole(AriaRole.Button, new() { Name = "Disable people-secretariat" })).ToHaveCountAsync(0);

        // The disabled coordinator's open session ends on its next request.
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }
}
