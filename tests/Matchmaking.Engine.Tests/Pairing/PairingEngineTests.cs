using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Rules;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Pairing;

public class PairingEngineTests
{
    private const string FestivalNeeds = "We need help to organise a music festival with showcases for professionals.";
    private const string RightsNeeds = "Our musicians are not paid royalties and need help with copyright and management.";
    private const string FestivalOffer = "International music festival with showcases and a music market for professionals.";
    private const string RightsOffer = "Music industry training on copyright, royalties, management and export.";

    private static PairingResult Run(PairingRequest request) => PairingEngine.Run(request, TextModel.Default);

    private static string? MentorOf(PairingResult result, string applicantId) =>
        result.Pairs.SingleOrDefault(p => p.ApplicantId == applicantId)?.MentorId;

    [Fact]
    public void EachApplicantGetsTheMentorWhoseExpertiseMatchesItsNeeds()
    {
        var result = Run(Build.Request(
            [Build.Applicant("a-festival", needs: FestivalNeeds, country: "SN"), Build.Applicant("a-rights", needs: RightsNeeds, country: "MA")],
            [Build.Mentor("m-rights", expertise: RightsOffer), Build.Mentor("m-festival", expertise: FestivalOffer)]));
        Assert.Equal("m-festival", MentorOf(result, "a-festival"));
        Assert.Equal("m-rights", MentorOf(result, "a-rights"));
        Assert.Equal(TextModel.Default.Version, result.ModelVersion);
        Assert.All(result.Pairs, p => Assert.InRange(p.Score, 0, 1));
    }

    [Fact]
    public void ApplicantWithoutAnOfferInItsFieldIsUnmatchedWithNoMentorInField()
    {
        var result = Run(Build.Request([Build.Applicant("a1", CreativeField.Film)], [Build.Mentor("m1")]));
        Assert.Equal([ReasonCodes.NoMentorInField], Assert.Single(result.Unmatched).Reasons);
    }

    [Fact]
    public void ApplicantSharingNoLanguageIsUnmatchedWithNoCommonLanguage()
    {
        var result = Run(Build.Request([Build.Applicant("a1", languages: "ar")], [Build.Mentor("m1", languages: "fr")]));
        Assert.Equal([ReasonCodes.NoCommonLanguage], Assert.Single(result.Unmatched).Reasons);
    }

    [Fact]
    public void ApplicantLeftOverWhenPlacesRunOutIsUnmatchedWithCapacityExhausted()
    {
        var result = Run(Build.Request(
            [Build.Applicant("a1", country: "SN"), Build.Applicant("a2", country: "MA")], [Build.Mentor("m1", capacity: 1)]));
        Assert.Single(result.Pairs);
        Assert.Equal([ReasonCodes.CapacityExhausted], Assert.Single(result.Unmatched).Reasons);
    }

    [Fact]
    public void MentorWithCapacityTwoTakesTwoApplicants()
    {
        var result = Run(Build.Request(
            [Build.Applicant("a1", country: "SN"), Build.Applicant("a2", country: "MA")], [Build.Mentor("m1", capacity: 2)]));
        Assert.Equal(2, result.Pairs.Count);
        Assert.Empty(result.Unmatched);
    }

    [Fact]
    public void FixedPairStaysAndConsumesTheMentorsCapacity()
    {
        var request = Build.Request(
            [Build.Applicant("a-festival", needs: FestivalNeeds, country: "SN"), Build.Applicant("a-rights", needs: RightsNeeds, country: "MA")],
            [Build.Mentor("m-festival", expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)])
            with { Fixed = [new PairKey("a-festival", "m-rights")] };
        var result = Run(request);
        Assert.Equal("m-rights", MentorOf(result, "a-festival"));
        Assert.Equal("m-festival", MentorOf(result, "a-rights"));
        Assert.Contains(RuleNames.ApprovedByCoordinator, result.Pairs.Single(p => p.ApplicantId == "a-festival").Explanation.RulesPassed);
    }

    [Fact]
    public void ForbiddenPairIsNeverProposed()
    {
        var request = Build.Request([Build.Applicant("a-festival", needs: FestivalNeeds)],
            [Build.Mentor("m-festival", expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)])
            with { Forbidden = [new PairKey("a-festival", "m-festival")] };
        var result = Run(request);
        Assert.Equal("m-rights", MentorOf(result, "a-festival"));
        Assert.DoesNotContain(result.Pairs.Single().Alternatives, a => a.MentorId == "m-festival");
    }

    [Fact]
    public void ApplicantWhoseOnlyMentorWasRejectedIsUnmatchedWithRejectedByCoordinator()
    {
        var request = Build.Request([Build.Applicant("a1")], [Build.Mentor("m1")]) with { Forbidden = [new PairKey("a1", "m1")] };
        Assert.Equal([ReasonCodes.RejectedByCoordinator], Assert.Single(Run(request).Unmatched).Reasons);
    }

    [Fact]
    public void PreviousProposalIsKeptWhenItCostsNothing()
    {
        // Two identical offers: any choice is optimal, so the pending proposal of the earlier run must survive.
        var applicants = new[] { Build.Applicant("a1") };
        MentorOffer[] mentors = [Build.Mentor("m1"), Build.Mentor("m2")];
        Assert.Equal("m1", MentorOf(Run(Build.Request(applicants, mentors)), "a1"));
        var rerun = Build.Request(applicants, mentors) with { Previous = [new PairKey("a1", "m2")] };
        Assert.Equal("m2", MentorOf(Run(rerun), "a1"));
    }

    [Fact]
    public void PreviousProposalGivesWayToABetterScore()
    {
        var request = Build.Request([Build.Applicant("a-festival", needs: FestivalNeeds)],
            [Build.Mentor("m-festival", expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)])
            with { Previous = [new PairKey("a-festival", "m-rights")] };
        Assert.Equal("m-festival", MentorOf(Run(request), "a-festival"));
    }

    [Fact]
    public void ShuffledInputGivesTheSameResult()
    {
        var request = RandomRequests.Generate(new Random(7), applicants: 40, mentors: 30);
        var expected = Describe(Run(request));
        var random = new Random(11);
        for (var i = 0; i < 5; i++)
        {
            var shuffled = request with
            {
                Applicants = [.. request.Applicants.OrderBy(_ => random.Next())],
                Mentors = [.. request.Mentors.OrderBy(_ => random.Next())],
                Members = [.. request.Members.OrderBy(_ => random.Next())],
            };
            Assert.Equal(expected, Describe(Run(shuffled)));
        }
    }

    [Fact]
    public void EngineServesAsManyAndScoresAsMuchAsBruteForceOnRandomRequests()
    {
        var random = new Random(42);
        for (var instance = 0; instance < 150; instance++)
        {
            var request = RandomRequests.Generate(random, applicants: random.Next(1, 7), mentors: random.Next(1, 5), fields: 1);
            var result = Run(request);
            var expected = RandomRequests.BruteForce(request, TextModel.Default);
            Assert.Equal(expected.Served, result.Pairs.Count);
            // Rounding of single-precision weights: the two sums may differ in the last digits, never by a pair's score.
            Assert.InRange(result.Pairs.Sum(p => p.Score) - expected.Total, -1e-4, 1e-4);
        }
    }

    [Fact]
    public void PairExplainsSharedTermsLanguagesAndRules()
    {
        var result = Run(Build.Request([Build.Applicant("a1", needs: FestivalNeeds, languages: ["fr", "ar"])],
            [Build.Mentor("m1", expertise: FestivalOffer, languages: ["fr", "en"])]));
        var explanation = Assert.Single(result.Pairs).Explanation;
        Assert.Contains(explanation.SharedTerms, t => t.Term.Split(' ').Contains("festival"));
        Assert.Equal(["fr"], explanation.SharedLanguages);
        Assert.Equal(RuleNames.ValidRecord, explanation.RulesPassed[0]);
        Assert.Contains(RuleNames.WithinCountryQuota, explanation.RulesPassed);
        Assert.Contains(RuleNames.CommonLanguage, explanation.RulesPassed);
    }

    [Fact]
    public void FrenchNeedsAreExplainedByTheEnglishWordsTheyMeet()
    {
        var result = Run(Build.Request([Build.Applicant("a1", needs: "Organiser un festival de musique avec des showcases.")],
            [Build.Mentor("m1", expertise: FestivalOffer)]));
        var terms = result.Pairs.Single().Explanation.SharedTerms;
        Assert.Contains(terms, t => t.Term == "music");
        Assert.DoesNotContain(terms, t => t.Term.Contains(':', StringComparison.Ordinal) || t.Term.Contains('~', StringComparison.Ordinal));
    }

    [Fact]
    public void BestMentorLostToCapacityIsNamedWithTheReason()
    {
        var result = Run(Build.Request(
            [Build.Applicant("a1", needs: FestivalNeeds, country: "SN"), Build.Applicant("a2", needs: FestivalNeeds + " Showcases.", country: "MA")],
            [Build.Mentor("m-festival", expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)]));
        var loser = result.Pairs.Single(p => p.MentorId == "m-rights");
        Assert.Equal(new NotChosen("m-festival", loser.Explanation.BestNotChosen!.Score, NotChosenReasons.Capacity), loser.Explanation.BestNotChosen);
        Assert.Null(result.Pairs.Single(p => p.MentorId == "m-festival").Explanation.BestNotChosen);
    }

    [Fact]
    public void BestMentorWithoutASharedLanguageIsNamedWithLanguage()
    {
        var result = Run(Build.Request([Build.Applicant("a1", needs: FestivalNeeds, languages: "fr")],
            [Build.Mentor("m-festival", expertise: FestivalOffer, languages: "es"), Build.Mentor("m-rights", expertise: RightsOffer, languages: "fr")]));
        Assert.Equal(NotChosenReasons.Language, result.Pairs.Single().Explanation.BestNotChosen?.Reason);
    }

    [Fact]
    public void BestMentorOfAnotherFieldIsNamedWithField()
    {
        var result = Run(Build.Request([Build.Applicant("a1", needs: FestivalNeeds)],
            [Build.Mentor("m-film", CreativeField.Film, expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)]));
        Assert.Equal(new NotChosen("m-film", result.Pairs.Single().Explanation.BestNotChosen!.Score, NotChosenReasons.Field),
            result.Pairs.Single().Explanation.BestNotChosen);
    }

    [Fact]
    public void BestMentorThatIsNotAMemberIsNamedWithMembership()
    {
        var request = Build.Request([Build.Applicant("a1", needs: FestivalNeeds)],
            [Build.Mentor("m-festival", expertise: FestivalOffer), Build.Mentor("m-rights", expertise: RightsOffer)]);
        request = request with { Members = [.. request.Members.Where(m => m.City != "Mentor City m-festival")] };
        Assert.Equal(NotChosenReasons.Membership, Run(request).Pairs.Single().Explanation.BestNotChosen?.Reason);
    }

    [Fact]
    public void PairListsUpToThreeAlternativesBestFirst()
    {
        var mentors = Enumerable.Range(1, 5).Select(i => Build.Mentor($"m{i}", expertise: $"{FestivalOffer} {string.Join(' ', Enumerable.Repeat("showcases", i))}"))
            .ToArray();
        var pair = Run(Build.Request([Build.Applicant("a1", needs: FestivalNeeds)], mentors)).Pairs.Single();
        Assert.Equal(3, pair.Alternatives.Count);
        Assert.DoesNotContain(pair.Alternatives, a => a.MentorId == pair.MentorId);
        Assert.True(pair.Alternatives.Zip(pair.Alternatives.Skip(1)).All(x => x.First.Score >= x.Second.Score));
    }

    [Fact]
    public void FeasibilityReportShowsTheShortfallPerField()
    {
        var result = Run(Build.Request(
            [Build.Applicant("a1", CreativeField.Film, country: "SN"), Build.Applicant("a2", CreativeField.Film, country: "MA"),
             Build.Applicant("a3", CreativeField.Film, country: "EG")],
            [Build.Mentor("m1", CreativeField.Film, capacity: 2), Build.Mentor("m2", CreativeField.Music, capacity: 3)]));
        var film = result.Fields.Single(f => f.Field == CreativeField.Film);
        Assert.Equal((3, 1, 2, 1), (film.AdmissibleApplicants, film.MentorOffers, film.MentorCapacity, film.Shortfall));
        Assert.Equal(7, result.Fields.Count);
    }

    [Fact]
    public void CancelledRunStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PairingEngine.Run(Build.Request([Build.Applicant("a1")], [Build.Mentor("m1")]),
            TextModel.Default, cancelled.Token));
    }

    private static string Describe(PairingResult result) => string.Join('\n',
        result.Pairs.Select(p => $"{p.ApplicantId}>{p.MentorId}:{p.Score}:{string.Join(',', p.Alternatives.Select(a => a.MentorId))}:"
            + $"{string.Join(',', p.Explanation.SharedTerms.Select(t => t.Term))}:{p.Explanation.BestNotChosen}")
            .Concat(result.Unmatched.Select(u => $"{u.ApplicantId}!{string.Join(',', u.Reasons)}")));
}
