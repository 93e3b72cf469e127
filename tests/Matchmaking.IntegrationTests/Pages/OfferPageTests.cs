using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Once a round has run for its field, the offer page says so up front instead of offering to save.</summary>
public sealed class OfferPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AfterARoundTheOfferFormIsShownReadOnlyWithTheReasonAndNoSaveButton()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var mentor = await PageSession.SignInAsync(factory,
            new NewUser { Name = "offer-liverpool", Role = UserRole.Mentor, City = "Liverpool", CountryCode = "GB" });
        var before = WebUtility.HtmlDecode(await mentor.Client.GetStringAsync($"/mentor/offer/mentor-liverpool?year={Year}"));
        Assert.Contains("Save the offer", before, StringComparison.Ordinal);

        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var after = WebUtility.HtmlDecode(await mentor.Client.GetStringAsync($"/mentor/offer/mentor-liverpool?year={Year}"));

        Assert.Contains("A pairing round for Music has run: the offer can no longer be changed.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Save the offer", after, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled", after, StringComparison.Ordinal);
    }
}
