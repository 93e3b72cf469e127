using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Proposals;

/// <summary>What the coordinator and the mentor city read about a decision is what happened (issue 21, defects 7, 8 and 13).</summary>
public sealed class DecisionWordsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ARejectWhoseNoteIsOnlySpacesIsRefusedByTheApiAndThePage()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;

        var response = await music.PostJsonAsync($"/api/proposals/{pairs["app-kumasi"]}/reject", new { note = "   " });
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        Assert.Contains("a note is required", (await response.JsonAsync()).GetProperty("errors").GetProperty("note")[0].GetString(),
            StringComparison.Ordinal);

        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "blank-note", Role = UserRole.Coordinator, Field = CreativeField.Music });
        await page.PostFormAsync($"/coordinator/proposals/{pairs["app-kumasi"]}?handler=Reject", new() { ["note"] = "   " });
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/coordinator?year={Year}"));
        Assert.Contains("a note is required", html, StringComparison.Ordinal);
        Assert.Equal("proposed", (await (await music.GetAsync($"/api/proposals/{pairs["app-kumasi"]}")).JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheNextBestAfterARejectIsNotLabelledAsTheCoordinatorsPickAndAPairByHandReplacesWithoutRejecting()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;

        var reject = await music.PostJsonAsync($"/api/proposals/{pairs["app-kumasi"]}/reject", new { note = "not the right fit" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, reject);
        var next = await (await music.GetAsync(reject.Headers.GetValues("Next-Proposal").Single())).JsonAsync();
        Assert.Equal("next_best", next.GetProperty("origin").GetString());
        var coordinator = await PageSession.SignInAsync(factory, new NewUser { Name = "words-music", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var html = WebUtility.HtmlDecode(await coordinator.Client.GetStringAsync($"/coordinator?year={Year}"));
        Assert.DoesNotContain("Picked by the coordinator", html, StringComparison.Ordinal);
        Assert.Contains("Proposed after Liverpool (GB) was rejected: the applicant's next best mentor city with a place.", html, StringComparison.Ordinal);

    }

    [Fact]
    public async Task APairMadeByHandReplacesThePendingProposalWithoutRejectingItOrCopyingItsNote()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;

        var hand = await music.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair", new { mentor_id = "mentor-bologna", note = "closer ties" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, hand);

        var replaced = await (await music.GetAsync($"/api/proposals/{pairs["app-kumasi"]}")).JsonAsync();
        Assert.Equal("replaced", replaced.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, replaced.GetProperty("note").ValueKind);
        Assert.Equal("closer ties", (await hand.JsonAsync()).GetProperty("note").GetString());
        var coordinator = await PageSession.SignInAsync(factory, new NewUser { Name = "hand-words", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var html = WebUtility.HtmlDecode(await coordinator.Client.GetStringAsync($"/coordinator?year={Year}"));
        Assert.DoesNotContain("class=\"status rejected\"", html, StringComparison.Ordinal);
        Assert.Contains("1 pair replaced", html, StringComparison.Ordinal);
        Assert.Contains("Paired by hand instead of Liverpool (GB).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMentorCitySeesItsRequestAwaitingItsAnswerNotAGreenApproved()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        var approved = await music.PostJsonAsync($"/api/proposals/{pairs["app-oran"]}/approve", new { note = "yes" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, approved);
        var mentor = (await approved.JsonAsync()).GetProperty("mentor");
        var city = mentor.GetProperty("city").GetString()!;

        var page = await PageSession.SignInAsync(factory, new NewUser
        {
            Name = "awaiting-mentor", Role = UserRole.Mentor, City = city, CountryCode = mentor.GetProperty("country_code").GetString(),
        });
        var html = await page.Client.GetStringAsync($"/mentor?year={Year}");

        Assert.Contains("<span class=\"status awaiting\">awaiting your answer</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"status approved\"", html, StringComparison.Ordinal);
    }
}
