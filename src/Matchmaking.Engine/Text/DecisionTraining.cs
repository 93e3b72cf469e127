using System.Security.Cryptography;
using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>A candidate model learned from decisions, both models' evaluations on the same sets, and the verdict.</summary>
public sealed record DecisionTrainingResult
{
    public required TextModel Candidate { get; init; }
    public required DecisionEvaluation CandidateEvaluation { get; init; }
    public required DecisionEvaluation CurrentEvaluation { get; init; }
    public required TrainingVerdict Verdict { get; init; }
    /// <summary>Decisions the candidate learned from (beside the shipped labelled set).</summary>
    public required int TrainingDecisions { get; init; }
    public required int HeldOutDecisions { get; init; }
    /// <summary>The call whose decisions were held out; null when they were split by applicant (a single call so far).</summary>
    public int? HeldOutCall { get; init; }
    public bool Promoted => Verdict == TrainingVerdict.Promoted;
}

/// <summary>
/// Learns the group weights of the current model from the shipped labelled set plus the coordinators' decisions of past
/// calls, and judges the candidate beside the current model on decisions it did not learn from and on a development call.
/// Pure and deterministic: same model, decisions and call, same candidate and figures.
/// </summary>
public static class DecisionTraining
{
    private const string LabelledSetResource = "Matchmaking.Engine.labelled-pairs.tsv";
    /// <summary>With a single call, one applicant in this many (by a hash of its id) is held out.</summary>
    private const int HeldOutShare = 3;
    /// <summary>Figures are rounded to 4 places: a difference below that is no difference.</summary>
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Held out: the latest call's decisions when there are several calls (the model learns from the past and is tested on
    /// the present), else one applicant in three. The candidate is the current model's transformer with the weights
    /// <see cref="TextModelTrainer.LearnWeights"/> learns from the labelled set and the other decisions.
    /// </summary>
    public static DecisionTrainingResult Train(TextModel current, IReadOnlyList<DecisionPair> decisions, DevelopmentCall? development,
        TextEmbeddings? embeddings = null)
    {
        embeddings ??= TextEmbeddings.None;
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(decisions);
        var ordered = decisions
            .OrderBy(d => d.CallYear).ThenBy(d => d.ApplicantId, StringComparer.Ordinal).ThenBy(d => d.MentorId, StringComparer.Ordinal)
            .ToList();
        var years = ordered.Select(d => d.CallYear).Distinct().ToList();
        int? heldOutCall = years.Count >= 2 ? years[^1] : null;
        bool HeldOut(DecisionPair d) => heldOutCall is { } year ? d.CallYear == year : Bucket(d) == 0;
        var training = ordered.Where(d => !HeldOut(d)).ToList();
        var heldOut = ordered.Where(HeldOut).ToList();

        var pairs = LabelledSet();
        pairs.AddRange(training.Select(d => (d.ApplicantNeeds, d.OfferExpertise, d.Right)));
        // Nothing new to learn from: the labelled set alone is what the current weights were chosen beside.
        var candidate = training.Count == 0 ? current : current.WithWeights(TextModelTrainer.LearnWeights(current, pairs, embeddings));
        var candidateEvaluation = Evaluate(candidate, heldOut, development, embeddings);
        var currentEvaluation = Evaluate(current, heldOut, development, embeddings);
        return new DecisionTrainingResult
        {
            Candidate = candidate,
            CandidateEvaluation = candidateEvaluation,
            CurrentEvaluation = currentEvaluation,
            Verdict = Judge(candidateEvaluation, currentEvaluation),
            TrainingDecisions = training.Count,
            HeldOutDecisions = heldOut.Count,
            HeldOutCall = heldOutCall,
        };
    }

    /// <summary>A candidate is promoted only when no figure of the current model is better than its own.</summary>
    public static TrainingVerdict Judge(DecisionEvaluation candidate, DecisionEvaluation current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        if (string.Equals(candidate.ModelVersion, current.ModelVersion, StringComparison.Ordinal))
        {
            return TrainingVerdict.Unchanged;
        }

        if (Worse(candidate.PairwiseAccuracy, current.PairwiseAccuracy))
        {
            return TrainingVerdict.WorseOnDecisions;
        }

        return Worse(candidate.DevelopmentPrecisionAt1, current.DevelopmentPrecisionAt1)
            || Worse(candidate.DevelopmentMeanReciprocalRank, current.DevelopmentMeanReciprocalRank)
            ? TrainingVerdict.WorseOnDevelopmentCall
            : TrainingVerdict.Promoted;
    }

    /// <summary>One model's figures on the held-out decisions and the development call.</summary>
    public static DecisionEvaluation Evaluate(TextModel model, IReadOnlyList<DecisionPair> heldOut, DevelopmentCall? development,
        TextEmbeddings? embeddings = null)
    {
        embeddings ??= TextEmbeddings.None;
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(heldOut);
        var (comparisons, hits) = Pairwise(model, heldOut, embeddings);
        var ranks = development is null ? [] : Ranks(model, development, embeddings);
        return new DecisionEvaluation
        {
            ModelVersion = model.Version,
            GroupWeights = [.. model.GroupWeights.Select(w => Math.Round(w, 6))],
            Comparisons = comparisons,
            PairwiseAccuracy = comparisons == 0 ? null : Round(hits / (double)comparisons),
            DevelopmentQueries = ranks.Count,
            DevelopmentPrecisionAt1 = ranks.Count == 0 ? null : Round(ranks.Count(r => r == 1) / (double)ranks.Count),
            DevelopmentMeanReciprocalRank = ranks.Count == 0 ? null : Round(ranks.Average(r => 1.0 / r)),
        };
    }

    private static bool Worse(double? candidate, double? current) =>
        candidate is { } mine && current is { } theirs && mine < theirs - Tolerance;

    private static (int Comparisons, int Hits) Pairwise(TextModel model, IReadOnlyList<DecisionPair> decisions, TextEmbeddings embeddings)
    {
        var scores = Scores(model, decisions, embeddings);
        int comparisons = 0, hits = 0;
        foreach (var applicant in decisions.Select((d, i) => (d, Score: scores[i])).GroupBy(x => (x.d.CallYear, x.d.ApplicantId)))
        {
            var wrong = applicant.Where(x => !x.d.Right).Select(x => x.Score).ToList();
            foreach (var right in applicant.Where(x => x.d.Right))
            {
                comparisons += wrong.Count;
                hits += wrong.Count(w => right.Score > w);
            }
        }

        return (comparisons, hits);
    }

    /// <summary>Each decision's score as a round computes it: the applicant's needs blended with its profile, against the offer.</summary>
    private static double[] Scores(TextModel model, IReadOnlyList<DecisionPair> decisions, TextEmbeddings embeddings)
    {
        var texts = new List<string?>(3 * decisions.Count);
        foreach (var d in decisions)
        {
            texts.Add(d.ApplicantNeeds);
            texts.Add(d.ApplicantProfile);
            texts.Add(d.OfferExpertise);
        }

        var vectors = model.Featurize(texts, embeddings);
        return [.. decisions.Select((_, i) =>
            SparseVector.Blend(vectors[3 * i], vectors[(3 * i) + 1], model.Options.ProfileWeight).Dot(vectors[(3 * i) + 2]))];
    }

    /// <summary>Each query's rank: one plus the offers of its field, not acceptable, that score at least its best acceptable one.</summary>
    private static List<int> Ranks(TextModel model, DevelopmentCall call, TextEmbeddings embeddings)
    {
        var queries = call.Queries.Where(q => q.Acceptable.Count > 0).ToList();
        var texts = queries.SelectMany(q => new string?[] { q.Needs, q.Profile }).Concat(call.Offers.Select(o => o.Expertise)).ToList();
        var vectors = model.Featurize(texts, embeddings);
        var offers = call.Offers.Select((o, i) => (Offer: o, Vector: vectors[(2 * queries.Count) + i])).ToList();
        var ranks = new List<int>(queries.Count);
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries[q];
            var vector = SparseVector.Blend(vectors[2 * q], vectors[(2 * q) + 1], model.Options.ProfileWeight);
            var pool = offers.Where(o => o.Offer.Field == query.Field)
                .Select(o => (o.Offer.Id, Score: vector.Dot(o.Vector), Right: query.Acceptable.Contains(o.Offer.Id, StringComparer.Ordinal)))
                .ToList();
            if (!pool.Any(o => o.Right))
            {
                continue;
            }

            var best = pool.Where(o => o.Right).Max(o => o.Score);
            ranks.Add(1 + pool.Count(o => !o.Right && o.Score >= best));
        }

        return ranks;
    }

    /// <summary>
    /// The texts whose sentence embeddings training and evaluation can use (the labelled set's, the decisions', the development
    /// call's), as the model hands them to the encoder; the host embeds them and passes them to <see cref="Train"/>.
    /// </summary>
    public static IReadOnlyList<string> TextsToEmbed(TextModel model, IReadOnlyList<DecisionPair> decisions, DevelopmentCall? development)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(decisions);
        var texts = LabelledSet().SelectMany(p => new[] { p.Query, p.Offer })
            .Concat(decisions.SelectMany(d => new[] { d.ApplicantNeeds, d.ApplicantProfile, d.OfferExpertise }))
            .Concat(development?.Queries.SelectMany(q => new[] { q.Needs, q.Profile }) ?? [])
            .Concat(development?.Offers.Select(o => o.Expertise) ?? []);
        return TextEmbeddings.TextsFor(texts, model.EmbeddingText);
    }

    private static int Bucket(DecisionPair decision) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(decision.ApplicantId))[0] % HeldOutShare;

    private static List<(string Query, string Offer, bool Right)> LabelledSet()
    {
        using var stream = typeof(DecisionTraining).Assembly.GetManifestResourceStream(LabelledSetResource)
            ?? throw new InvalidOperationException($"This build has no embedded {LabelledSetResource}.");
        return ModelEvaluator.Pairs(stream);
    }

    private static double Round(double value) => Math.Round(value, 4);
}
