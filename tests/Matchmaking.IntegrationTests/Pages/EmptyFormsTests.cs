using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// Forms sent without their hidden year or applicant (a stale page, a careless or hostile sender), as the page sweep found
/// them: each answers its page, in the reader's language, with a message saying what to do; never a 500, raw JSON or a bare 400.
/// </summary>
public sealed class EmptyFormsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task APairFormSentEmptyLeadsTheCoordinatorBackToTheProposalsWithAMessageInFrench()
    {
        await factory.ResetAsync();
        var coordinator = await FrenchAsync(new NewUser { Name = "empty-pair", Role = UserRole.Coordinator, Field = CreativeField.Music });

        var answer = await coordinator.PostFormAsync("/coordinator/pair", new() { ["year"] = "", ["applicant"] = "", ["mentorId"] = "" });

        Assert.Equal("/coordinator", await FlashPageAsync(coordinator, answer, "Choisissez la ville candidate à apparier"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NOPE")]
    [InlineData("2099")]
    public async Task DesignationsSentWithoutACallAnswerThePageWithAMessageInFrench(string year)
    {
        await factory.ResetAsync();
        var secretariat = await FrenchAsync(new NewUser { Name = "empty-designations", Role = UserRole.Secretariat });

        var answer = await secretariat.PostFormAsync("/secretariat/designations", new() { ["year"] = year, ["designated"] = "NOPE" });

        Assert.Equal("/secretariat/designations",
            await FlashPageAsync(secretariat, answer, year == "2099" ? "Il n'y a pas encore d'appel 2099." : "L'année d'un appel est comprise entre"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    public async Task ARoundRequestedWithoutAYearAnswersTheRoundsPageWithAMessageInFrench(string year)
    {
        await factory.ResetAsync();
        var secretariat = await FrenchAsync(new NewUser { Name = "empty-rounds", Role = UserRole.Secretariat });

        var answer = await secretariat.PostFormAsync("/secretariat/rounds", new() { ["year"] = year });

        Assert.Equal("/secretariat/rounds", await FlashPageAsync(secretariat, answer, "L'année d'un appel est comprise entre"));
    }

    private async Task<PageSession> FrenchAsync(NewUser user)
    {
        var session = await PageSession.SignInAsync(factory, user);
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return session;
    }

    /// <summary>Follows the form's redirect; the page it leads to shows <paramref name="message"/> in the site's layout. Returns that page's path.</summary>
    private static async Task<string> FlashPageAsync(PageSession session, HttpResponseMessage answer, string message)
    {
        await HttpAssert.StatusAsync(HttpStatusCode.Redirect, answer);
        var location = answer.Headers.Location!.OriginalString;
        var page = await session.Client.GetAsync(location);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, page);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("class=\"flash\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        return location.Split('?')[0];
    }
}
