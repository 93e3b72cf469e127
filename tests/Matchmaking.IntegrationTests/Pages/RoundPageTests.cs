using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>The round page counts admissible applicants truly and lists who was left out and why.</summary>
public sealed class RoundPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheRoundPageSaysHowManyApplicantsWereAdmissibleAndListsTheUnmatchedAndTheRejectedOffersWithReasons()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "round-page-secretariat", Role = UserRole.Secretariat });

        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/secretariat/rounds/{round.GetProperty("id").GetInt64()}"));

        // Four applicants were imported; Mombasa (late) and Recife (Brazil is in neither region) are not admissible.
        Assert.Contains("4 applicants considered, of which 2 admissible", html, StringComparison.Ordinal);
        Assert.Contains("Applicants left unmatched", html, StringComparison.Ordinal);
        Assert.Contains("Mombasa (KE)", html, StringComparison.Ordinal);
        Assert.Contains("Recife (BR)", html, StringComparison.Ordinal);
        Assert.Contains("Mentor offers not admitted", html, StringComparison.Ordinal);
        Assert.Contains("Paris (FR)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAOneFieldReRunTheDashboardStillShowsTheLatestRoundOfTheWholeCall()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var whole = await secretariat.WaitForRoundAsync((await secretariat.PostAsync($"/api/calls/{Year}/rounds", null)).Headers.Location!);
        var rounds = factory.Services.GetRequiredService<Matchmaking.Core.Rounds.RoundService>();
        var system = new CurrentUser { Id = 0, Name = "test", Role = UserRole.Secretariat };
        var rerun = await rounds.RequestAsync(Year, system, Matchmaking.Engine.Domain.CreativeField.Music, "test re-run", CancellationToken.None);
        await secretariat.WaitForRoundAsync(new Uri($"/api/rounds/{rerun.Id}", UriKind.Relative));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "dashboard-secretariat", Role = UserRole.Secretariat });

        var html = await page.Client.GetStringAsync($"/secretariat?year={Year}");

        Assert.Contains($"Latest round <a href=\"/secretariat/rounds/{whole.GetProperty("id").GetInt64()}\">", html, StringComparison.Ordinal);
    }
}
