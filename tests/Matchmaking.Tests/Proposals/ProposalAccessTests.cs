using System.Text.Json;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Tests.Proposals;

/// <summary>Who may see and act on a pair, checked on plain records: no host, no database.</summary>
public sealed class ProposalAccessTests
{
    private static readonly CurrentUser Secretariat = new() { Id = 1, Name = "secretariat", Role = UserRole.Secretariat };
    private static readonly CurrentUser MusicCoordinator =
        new() { Id = 2, Name = "music-coordinator", Role = UserRole.Coordinator, Field = CreativeField.Music };
    private static readonly CurrentUser FilmCoordinator =
        new() { Id = 3, Name = "film-coordinator", Role = UserRole.Coordinator, Field = CreativeField.Film };
    private static readonly CurrentUser Seville =
        new() { Id = 4, Name = "seville", Role = UserRole.Mentor, City = "Seville", CountryCode = "ES" };
    private static readonly CurrentUser Bogota =
        new() { Id = 5, Name = "bogota", Role = UserRole.Mentor, City = "Bogotá", CountryCode = "CO" };

    [Fact]
    public void TheSecretariatSeesEveryPairButReviewsAndAnswersNone()
    {
        var proposal = View("Seville", "ES");

        Assert.True(ProposalAccess.CanSee(Secretariat, proposal));
        Assert.False(ProposalAccess.CanReview(Secretariat, proposal));
        Assert.False(ProposalAccess.CanAnswer(Secretariat, proposal));
        Assert.Null(ProposalAccess.PartyOf(Secretariat, Locked("Seville", "ES")));
    }

    [Fact]
    public void ACoordinatorSeesAndReviewsOnlyThePairsOfTheirOwnField()
    {
        var proposal = View("Seville", "ES");

        Assert.True(ProposalAccess.CanSee(MusicCoordinator, proposal));
        Assert.True(ProposalAccess.CanReview(MusicCoordinator, proposal));
        Assert.Equal(ProposalParty.FieldCoordinator, ProposalAccess.PartyOf(MusicCoordinator, Locked("Seville", "ES")));

        Assert.False(ProposalAccess.CanSee(FilmCoordinator, proposal));
        Assert.False(ProposalAccess.CanReview(FilmCoordinator, proposal));
        Assert.Null(ProposalAccess.PartyOf(FilmCoordinator, Locked("Seville", "ES")));
    }

    [Fact]
    public void AMentorCitySeesAndAnswersOnlyThePairsNamingIt()
    {
        Assert.True(ProposalAccess.CanSee(Seville, View("Seville", "ES")));
        Assert.True(ProposalAccess.CanAnswer(Seville, View("Seville", "ES")));
        Assert.Equal(ProposalParty.MentorCity, ProposalAccess.PartyOf(Seville, Locked("Seville", "ES")));
        Assert.False(ProposalAccess.CanReview(Seville, View("Seville", "ES")));

        Assert.False(ProposalAccess.CanSee(Bogota, View("Seville", "ES")));
        Assert.Null(ProposalAccess.PartyOf(Bogota, Locked("Seville", "ES")));
    }

    [Fact]
    public void AMentorCityIsRecognisedWithoutItsAccentsButNotInAnotherCountry()
    {
        Assert.True(ProposalAccess.CanAnswer(Bogota, View("Bogota", "CO")));
        Assert.Equal(ProposalParty.MentorCity, ProposalAccess.PartyOf(Bogota, Locked("Bogota", "CO")));

        Assert.False(ProposalAccess.CanAnswer(Bogota, View("Bogotá", "PE")));
        Assert.Null(ProposalAccess.PartyOf(Bogota, Locked("Bogotá", "PE")));
    }

    [Fact]
    public void APairWhoseMentorOfferIsGoneIsAnsweredByNoCity()
    {
        Assert.False(ProposalAccess.CanSee(Seville, View(null, null)));
        Assert.Null(ProposalAccess.PartyOf(Seville, Locked(null, null)));
    }

    [Fact]
    public void OnlyTheSchedulerItselfLetsAnOfferExpire()
    {
        var lookalike = ProposalAccess.Scheduler with { };

        Assert.Equal(ProposalAccess.Scheduler, lookalike);
        Assert.Equal(ProposalParty.Scheduler, ProposalAccess.PartyOf(ProposalAccess.Scheduler, Locked("Seville", "ES")));
        Assert.Null(ProposalAccess.PartyOf(lookalike, Locked("Seville", "ES")));
    }

    [Fact]
    public void ARefusalNamesTheFieldsCoordinatorAndTheMentorCity()
    {
        Assert.Equal("proposal_forbidden(Music, Seville)", ProposalAccess.Refusal(Locked("Seville", "ES")).ToString());
    }

    private static ProposalView View(string? mentorCity, string? mentorCountry) => new()
    {
        Id = 7,
        RoundId = 1,
        CallYear = 2025,
        Applicant = new CityRef("app-1", "Porto", "PT"),
        Mentor = new CityRef("men-1", mentorCity, mentorCountry),
        Field = CreativeField.Music,
        Score = 0.8,
        Similarity = 0.6,
        Explanation = JsonSerializer.SerializeToElement(new { }),
        Alternatives = JsonSerializer.SerializeToElement(Array.Empty<object>()),
        Status = ProposalStatus.Proposed,
    };

    private static LockedProposal Locked(string? mentorCity, string? mentorCountry) => new()
    {
        Id = 7,
        RoundId = 1,
        CallYear = 2025,
        ApplicantId = "app-1",
        MentorId = "men-1",
        CreativeField = "Music",
        Status = ProposalStatus.Proposed.Code(),
        MentorCity = mentorCity,
        MentorCountry = mentorCountry,
    };
}
