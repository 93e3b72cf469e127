using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// Once next call exists, a mentor city and a coordinator still land on the call that has work for them, and can switch
/// calls with the picker (in Chromium).
/// </summary>
public sealed class CallPickerTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AMentorAndACoordinatorOpenOnTheCallWithTheirPendingWorkAndCanSwitchCalls()
    {
        await host.App.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.App);
        var music = await ApiSession.CoordinatorAsync(host.App, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var kumasi = (await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray()
            .Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi").GetProperty("id").GetInt64();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{kumasi}/approve", new { note = "yes" }));
        await secretariat.CreateCallAsync(2032);

        await PageSession.CreateAsync(host.App, new NewUser { Name = "picker-liverpool", Role = UserRole.Mentor, City = "Liverpool", CountryCode = "GB" });
        var mentor = await host.SignInAsync("picker-liverpool");
        await mentor.GotoAsync("/mentor");
        await Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"call {Year}");
        await Expect(mentor.Locator($"#request-{kumasi}")).ToBeVisibleAsync();
        await mentor.GetByLabel("Call").SelectOptionAsync("2032");
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(mentor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("call 2032");
        await Expect(mentor.Locator($"#request-{kumasi}")).ToHaveCountAsync(0);

        await PageSession.CreateAsync(host.App, new NewUser { Name = "picker-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var coordinator = await host.SignInAsync("picker-music");
        await coordinator.GotoAsync("/coordinator");
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"call {Year}");
        await Expect(coordinator.GetByLabel("Call")).ToHaveValueAsync($"{Year}");
    }
}
