using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Text;

/// <summary>
/// Coordinators who keep pairing French needs with the English offer that shares only the instrument's word root
/// (saxophonistes with saxophone) point the model towards character n-grams, which the shipped weights leave out.
/// </summary>
public class DecisionTrainingTests
{
    /// <summary>The current model of these stories: words and concepts, no character n-grams (and no lexicon or embeddings).</summary>
    private static readonly TextModel Current = TextModel.Default.WithWeights([1, 0, 0, 0.5, 0, 0, 0, 0]);

    /// <summary>(needs, the offer coordinators approved, the offer they rejected): the needs share only a word root with the right one.</summary>
    private static readonly (string Needs, string Right, string Wrong)[] PastCall =
    [
        ("Nos marionnettistes ont besoin d'un partenaire.", "Marionette puppetry.", "Sound engineering courses and radio broadcasts."),
        ("Nos saxophonistes ont besoin d'un partenaire.", "Saxophone masterclasses.", "A choir school for children."),
        ("Nos accordéonistes ont besoin d'un partenaire.", "Accordion ensembles.", "Electronic music production labs."),
        ("Nos percussionnistes ont besoin d'un partenaire.", "Percussion ensembles.", "Opera house management."),
        ("Nos violonistes ont besoin d'un partenaire.", "Violin makers.", "Hip hop dance battles."),
        ("Nos harpistes ont besoin d'un partenaire.", "Harp lessons.", "Record label contracts."),
        ("Nos clarinettistes ont besoin d'un partenaire.", "Clarinet classes.", "Street carnival parades."),
    ];

    private static readonly (string Needs, string Right, string Wrong)[] LatestCall =
    [
        ("Nos trompettistes ont besoin d'un partenaire.", "Trumpet players.", "Music copyright collecting societies."),
        ("Nos guitaristes ont besoin d'un partenaire.", "Guitar luthiers.", "Concert hall acoustics."),
        ("Nos pianistes ont besoin d'un partenaire.", "Piano tuners.", "Gospel choirs."),
        ("Nos flûtistes ont besoin d'un partenaire.", "Flute makers.", "Drum circles for therapy."),
    ];

    private static List<DecisionPair> Decisions(int year, (string Needs, string Right, string Wrong)[] call) =>
        [.. call.SelectMany((c, i) => new[] { Pair(year, i, c.Needs, c.Right, "right", true), Pair(year, i, c.Needs, c.Wrong, "wrong", false) })];

    private static DecisionPair Pair(int year, int applicant, string needs, string offer, string mentor, bool right) => new()
    {
        ApplicantNeeds = needs,
        OfferExpertise = offer,
        Right = right,
        CallYear = year,
        ApplicantId = $"A{applicant}",
        MentorId = mentor,
    };

    [Fact]
    public void WithoutDecisionsTheCandidateIsTheCurrentModelAndNothingChanges()
    {
        var result = DecisionTraining.Train(Current, [], null);

        Assert.Equal(Current.Version, result.Candidate.Version);
        Assert.Equal(TrainingVerdict.Unchanged, result.Verdict);
        Assert.False(result.Promoted);
        Assert.Equal(0, result.TrainingDecisions);
    }

    [Fact]
    public void DecisionsOfPastCallsMoveTheWeightsTheWayTheyPointAndTheCandidateIsPromotedOnTheLatestCall()
    {
        var decisions = Decisions(2024, PastCall).Concat(Decisions(2025, LatestCall)).ToList();

        var result = DecisionTraining.Train(Current, decisions, null);

        Assert.Equal(2025, result.HeldOutCall);
        Assert.Equal(2 * PastCall.Length, result.TrainingDecisions);
        Assert.Equal(2 * LatestCall.Length, result.HeldOutDecisions);
        Assert.Equal(Current.GroupWeights.Count, result.Candidate.GroupWeights.Count);
        Assert.True(result.Candidate.GroupWeights[(int)FeatureGroup.Char] > Current.GroupWeights[(int)FeatureGroup.Char],
            $"character n-grams: {result.Candidate.GroupWeights[(int)FeatureGroup.Char]} after, {Current.GroupWeights[(int)FeatureGroup.Char]} before");
        Assert.Equal(LatestCall.Length, result.CandidateEvaluation.Comparisons);
        Assert.True(result.CandidateEvaluation.PairwiseAccuracy > result.CurrentEvaluation.PairwiseAccuracy,
            $"{result.CandidateEvaluation.PairwiseAccuracy} against {result.CurrentEvaluation.PairwiseAccuracy}");
        Assert.Equal(TrainingVerdict.Promoted, result.Verdict);

        // A first choice changes the way the coordinators pointed, on a call it did not learn from: the trumpeters get the
        // trumpet players, where the current model cannot tell the two offers apart.
        var (needs, right, wrong) = LatestCall[0];
        Assert.True(Current.Similarity(needs, wrong) >= Current.Similarity(needs, right));
        Assert.True(result.Candidate.Similarity(needs, right) > result.Candidate.Similarity(needs, wrong));
    }

    [Fact]
    public void ACandidateWorseOnTheHeldOutDecisionsIsNotPromotedEvenWhenBetterOnTheDevelopmentCall()
    {
        var current = Evaluation("current", pairwise: 0.75, precision: 0.9, mrr: 0.95);

        var verdict = DecisionTraining.Judge(Evaluation("candidate", pairwise: 0.5, precision: 1, mrr: 1), current);

        Assert.Equal(TrainingVerdict.WorseOnDecisions, verdict);
    }

    [Fact]
    public void ACandidateWorseOnTheDevelopmentCallIsNotPromotedEvenWhenBetterOnDecisions()
    {
        var current = Evaluation("current", pairwise: 0.5, precision: 0.9, mrr: 0.95);

        Assert.Equal(TrainingVerdict.WorseOnDevelopmentCall,
            DecisionTraining.Judge(Evaluation("candidate", pairwise: 1.0, precision: 0.88, mrr: 0.95), current));
        Assert.Equal(TrainingVerdict.WorseOnDevelopmentCall,
            DecisionTraining.Judge(Evaluation("candidate", pairwise: 1.0, precision: 0.9, mrr: 0.94), current));
        Assert.Equal(TrainingVerdict.Promoted, DecisionTraining.Judge(Evaluation("candidate", pairwise: 0.5, precision: 0.9, mrr: 0.95), current));
        Assert.Equal(TrainingVerdict.Unchanged, DecisionTraining.Judge(Evaluation("current", pairwise: 1, precision: 1, mrr: 1), current));
    }

    [Fact]
    public void TrainingTwiceOnTheSameDecisionsGivesTheSameCandidateAndFigures()
    {
        var decisions = Decisions(2024, PastCall).Concat(Decisions(2025, LatestCall)).ToList();
        var development = DevelopmentFrom(LatestCall);

        var first = DecisionTraining.Train(Current, decisions, development);
        var second = DecisionTraining.Train(Current, [.. Enumerable.Reverse(decisions)], development);

        Assert.Equal(first.Candidate.Version, second.Candidate.Version);
        Assert.Equal(first.CandidateEvaluation with { GroupWeights = [] }, second.CandidateEvaluation with { GroupWeights = [] });
        Assert.Equal(first.CandidateEvaluation.GroupWeights, second.CandidateEvaluation.GroupWeights);
        Assert.Equal(LatestCall.Length, first.CandidateEvaluation.DevelopmentQueries);
        Assert.NotNull(first.CurrentEvaluation.DevelopmentPrecisionAt1);
    }

    [Fact]
    public void WithASingleCallSomeApplicantsAreHeldOutAndNoneIsBothLearnedAndTested()
    {
        var decisions = Decisions(2024, PastCall);

        var result = DecisionTraining.Train(Current, decisions, null);

        Assert.Null(result.HeldOutCall);
        Assert.Equal(decisions.Count, result.TrainingDecisions + result.HeldOutDecisions);
        Assert.True(result.HeldOutDecisions > 0 && result.TrainingDecisions > 0);
        Assert.Equal(0, result.HeldOutDecisions % 2);
    }

    private static DecisionEvaluation Evaluation(string version, double pairwise, double precision, double mrr) => new()
    {
        ModelVersion = version,
        GroupWeights = [],
        Comparisons = 4,
        PairwiseAccuracy = pairwise,
        DevelopmentQueries = 10,
        DevelopmentPrecisionAt1 = precision,
        DevelopmentMeanReciprocalRank = mrr,
    };

    private static DevelopmentCall DevelopmentFrom((string Needs, string Right, string Wrong)[] call) => new()
    {
        Name = "test",
        Queries = [.. call.Select((c, i) => new DevelopmentQuery($"Q{i}", CreativeField.Music, c.Needs, "", [$"R{i}"]))],
        Offers =
        [
            .. call.Select((c, i) => new DevelopmentOffer($"R{i}", CreativeField.Music, c.Right)),
            .. call.Select((c, i) => new DevelopmentOffer($"W{i}", CreativeField.Music, c.Wrong)),
        ],
    };
}
