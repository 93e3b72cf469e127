using System.Text.RegularExpressions;
using Matchmaking.Core.Users;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>People in the pages, in Chromium: the secretariat creates and disables users; everyone changes their own password.</summary>
public sealed partial class UserPagesTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task TheSecretariatCreatesACoordinatorWhoMustChooseTheirOwnPasswordBeforeAnyOtherPage()
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
        await Expect(secretariat.Locator("#user-film-coordinator-2 .state")).ToContainTextAsync("temporary password not changed yet");

        // The temporary password opens the password page, and no other until it is replaced.
        var coordinator = await host.SignInAsync("film-coordinator-2", password: temporary!);
        await Expect(coordinator).ToHaveURLAsync(PasswordPage());
        await Expect(coordinator.Locator("#temporary-password")).ToBeVisibleAsync();
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator).ToHaveURLAsync(PasswordPage());
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
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator).ToHaveURLAsync(new Regex("/coordinator$"));
        var again = await host.SignInAsync("film-coordinator-2", password: "a much longer secret");
        await Expect(again).ToHaveURLAsync(new Regex("/coordinator"));
        await again.Context.CloseAsync();

        // Disabling asks first: the first click only opens the question.
        await secretariat.GotoAsync("/secretariat/users");
        await secretariat.GetByLabel("Disable film-coordinator-2").ClickAsync();
        await Expect(secretariat.Locator("#user-film-coordinator-2 .state")).Not.ToContainTextAsync("disabled");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Yes, disable film-coordinator-2" }).ClickAsync();
        await Expect(secretariat.Locator(".flash")).ToContainTextAsync("User 'film-coordinator-2' is disabled");
        await Expect(secretariat.Locator("#user-film-coordinator-2 .state")).ToContainTextAsync("disabled");
        await Expect(secretariat.GetByLabel("Disable people-secretariat")).ToHaveCountAsync(0);

        // The disabled coordinator's open session ends on its next request.
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [Fact]
    public async Task AResetPasswordIsAskedForFirstAndMustBeChangedAtTheNextSignIn()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "reset-secretariat", Role = UserRole.Secretariat });
        await PageSession.CreateAsync(host.App, new NewUser { Name = "reset-mentor", Role = UserRole.Mentor, City = "Bologna", CountryCode = "IT" });
        var secretariat = await host.SignInAsync("reset-secretariat");
        await secretariat.GotoAsync("/secretariat/users");

        await secretariat.GetByLabel("Reset the password of reset-mentor").ClickAsync();
        Assert.Equal(0, await secretariat.Locator("#reset").CountAsync());
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Yes, reset the password of reset-mentor" }).ClickAsync();
        var temporary = await secretariat.Locator("#reset-password").TextContentAsync();

        var mentor = await host.SignInAsync("reset-mentor", password: temporary!);
        await Expect(mentor).ToHaveURLAsync(PasswordPage());
        await mentor.GotoAsync("/mentor");
        await Expect(mentor).ToHaveURLAsync(PasswordPage());
    }

    [Fact]
    public async Task AFailedCreateSaysWhyAtTheTopInThePagesLanguageNamingTheFieldNotACommandLineOption()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = "typo-secretariat", Role = UserRole.Secretariat });
        for (var i = 0; i < 12; i++)
        {
            await PageSession.CreateAsync(host.App, new NewUser { Name = $"typo-coordinator-{i:00}", Role = UserRole.Coordinator, Field = Engine.Domain.CreativeField.Film });
        }

        var page = await host.SignInAsync("typo-secretariat");
        await page.GotoAsync("/secretariat/users");
        await page.GetByLabel("User name").FillAsync("mentor-without-city");
        await page.GetByLabel("Role").SelectOptionAsync("mentor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();

        var errors = page.Locator("#create-errors");
        await Expect(errors).ToContainTextAsync("A mentor needs a member city.");
        await Expect(errors).ToBeInViewportAsync();
        await Expect(errors).ToBeFocusedAsync();
        await Expect(page.Locator("#new-city-error")).ToHaveTextAsync("A mentor needs a member city.");
        await Expect(page.GetByLabel("Member city (a mentor)")).ToHaveAttributeAsync("aria-describedby", "new-city-error");
        Assert.DoesNotContain("--city", await page.ContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await page.GetByLabel("Nom d'utilisateur").FillAsync("mentor-sans-ville");
        await page.Locator("#new-role").SelectOptionAsync("mentor");
        await page.Locator("#new-city").FillAsync("Atlantis");
        await page.Locator("#new-role").EvaluateAsync("e => e.form.requestSubmit()");
        await Expect(page.Locator("#new-city-error")).ToHaveTextAsync("«\u00a0Atlantis\u00a0» n'est pas une ville membre du réseau.");
    }

    [GeneratedRegex("/account/password$")]
    private static partial Regex PasswordPage();
}
