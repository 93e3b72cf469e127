using System.Text.RegularExpressions;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>The mentor city's offer form in Chromium: laid out as the other forms, and its errors said once, next to their field.</summary>
public sealed class OfferFormTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheOfferFormHasItsLabelsAboveItsFieldsAndARealTextBoxForTheOffer()
    {
        var page = await MentorOnTheOfferFormAsync("form-liverpool");

        var capacity = await BoxAsync(page.Locator("#capacity"));
        var label = await BoxAsync(page.Locator("label[for=expertise]"));
        var expertise = await BoxAsync(page.Locator("#expertise"));
        var form = await BoxAsync(page.Locator("main form"));

        Assert.True(label.Y >= capacity.Y + capacity.Height, $"the label starts at {label.Y}, beside the capacity field (ending at {capacity.Y + capacity.Height})");
        Assert.True(expertise.Y >= label.Y + label.Height, "the offer's text box is not under its label");
        Assert.True(expertise.Height >= 100, $"the offer's text box is {expertise.Height} px high");
        Assert.True(expertise.Width >= form.Width - 2, $"the offer's text box is {expertise.Width} px wide in a {form.Width} px form");
    }

    [Fact]
    public async Task AnEmptyOfferSaysOnceNextToEachFieldWhatIsMissingInThePagesLanguage()
    {
        var page = await MentorOnTheOfferFormAsync("errors-liverpool");

        await SubmitEmptyAsync(page, "Save the offer");

        await Expect(page.Locator("#languages-error")).ToHaveTextAsync("Write at least one language code, e.g. en;fr.");
        await Expect(page.Locator("#capacity-error")).ToHaveTextAsync("Write a whole number from 1 to 20.");
        await Expect(page.Locator("#expertise-error")).ToHaveTextAsync("Say what your city can offer applicant cities.");
        await Expect(page.Locator("#expertise")).ToHaveAttributeAsync("aria-describedby", "expertise-error");
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("field is required", text, StringComparison.Ordinal);
        Assert.DoesNotContain("expertise:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("missing or empty", text, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(text, "Say what your city can offer"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await SubmitEmptyAsync(page, "Enregistrer l'offre");
        await Expect(page.Locator("#expertise-error")).ToHaveTextAsync("Dites ce que votre ville peut offrir aux villes candidates.");
        await Expect(page.Locator("#capacity-error")).ToHaveTextAsync("Indiquez un nombre entier de 1 à 20.");
    }

    private async Task<IPage> MentorOnTheOfferFormAsync(string name)
    {
        await host.App.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.App);
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        await PageSession.CreateAsync(host.App, new NewUser { Name = name, Role = UserRole.Mentor, City = "Liverpool", CountryCode = "GB" });
        var page = await host.SignInAsync(name);
        await page.GotoAsync($"/mentor/offer/mentor-liverpool?year={Year}");
        return page;
    }

    private static async Task SubmitEmptyAsync(IPage page, string button)
    {
        await page.Locator("#languages").FillAsync("");
        await page.Locator("#capacity").FillAsync("");
        await page.Locator("#expertise").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not shown");
}
