using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Pages.Secretariat;

/// <summary>The secretariat's applicant page read in French: what it says after a save is French, dates in French words.</summary>
public sealed class ProfileSaveInFrenchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AFrenchReaderIsToldInFrenchThatTheApplicantIsSaved()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        var secretariat = await PageSession.SignInAsync(factory, new NewUser { Name = "save-fr-secretariat", Role = UserRole.Secretariat });
        secretariat.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c=fr|uic=fr");

        var answer = await secretariat.PostFormAsync("/secretariat/applicants", new()
        {
            ["year"] = $"{Year}", ["Id"] = "app-oran", ["City"] = "Oran", ["CountryCode"] = "DZ", ["CreativeField"] = "Music",
            ["Languages"] = "fr;ar", ["SubmittedAt"] = "2027-03-12T09:30:00+01:00", ["Needs"] = "Un festival de musique raï",
        });

        await HttpAssert.StatusAsync(HttpStatusCode.Redirect, answer);
        var html = WebUtility.HtmlDecode(await secretariat.Client.GetStringAsync(answer.Headers.Location!.OriginalString));
        Assert.Contains("Ville candidate app-oran (Oran) enregistrée.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("is saved", html, StringComparison.Ordinal);
        Assert.Contains("12 mars 2027, 09:30", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Modifier Oran\"", html, StringComparison.Ordinal);
    }
}
