using System.Globalization;
using System.Text;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Text;

/// <summary>
/// Evaluates a model on a labelled set (tab-separated; "offer id field text" and "query id field expected-offer text" lines;
/// '#' starts a comment). Each query's offers are those of its field; ties rank the right offer last, so ties never flatter.
/// </summary>
public static class ModelEvaluator
{
    public static EvaluationReport Evaluate(TextModel model, Stream labelledSet, TextEmbeddings? embeddings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Evaluate(texts => model.Featurize(texts, embeddings ?? TextEmbeddings.None), labelledSet);
    }

    /// <summary>Evaluates any batch featurizer (unit vectors; similarity is their dot product).</summary>
    internal static EvaluationReport Evaluate(Func<IReadOnlyList<string>, SparseVector[]> featurize, Stream labelledSet)
    {
        var (offers, queries) = Read(labelledSet);
        var fitted = Rank(featurize, offers, queries);
        var baseline = Ranks(offers, queries, (query, offer) => BagOfWordsBaseline.Similarity(query.Text, offer.Text));
        return new EvaluationReport
        {
            Queries = queries.Count,
            Offers = offers.Count,
            PrecisionAt1 = Round(fitted.Count(r => r.Rank == 1) / (double)queries.Count),
            MeanReciprocalRank = Round(fitted.Average(r => 1.0 / r.Rank)),
            BaselinePrecisionAt1 = Round(baseline.Count(r => r == 1) / (double)queries.Count),
            BaselineMeanReciprocalRank = Round(baseline.Average(r => 1.0 / r)),
        };
    }

    /// <summary>
    /// Each query's rank and margin (its right offer's similarity minus the best distractor's): what the figures are made of,
    /// and a tie-breaker that does not saturate when choosing parameters on a small set.
    /// </summary>
    internal static List<QueryOutcome> Rank(Func<IReadOnlyList<string>, SparseVector[]> featurize, Stream labelledSet)
    {
        var (offers, queries) = Read(labelledSet);
        return Rank(featurize, offers, queries);
    }

    /// <summary>The labelled set's offers and queries as (query text, offer text, is the right offer) pairs within each field.</summary>
    internal static List<(string Query, string Offer, bool Right)> Pairs(Stream labelledSet)
    {
        var (offers, queries) = Read(labelledSet);
        return [.. queries.SelectMany(q => offers.Where(o => o.Field == q.Field)
            .Select(o => (q.Text, o.Text, string.Equals(o.Id, q.Expected, StringComparison.Ordinal))))];
    }

    private static List<QueryOutcome> Rank(Func<IReadOnlyList<string>, SparseVector[]> featurize, List<LabelledText> offers,
        List<LabelledText> queries)
    {
        var offerList = featurize([.. offers.Select(o => o.Text)]);
        var queryList = featurize([.. queries.Select(q => q.Text)]);
        var offerVectors = offers.Select((o, i) => (o.Id, Vector: offerList[i])).ToDictionary(p => p.Id, p => p.Vector, StringComparer.Ordinal);
        var outcomes = new List<QueryOutcome>(queries.Count);
        for (var q = 0; q < queries.Count; q++)
        {
            var query = queries[q];
            var vector = queryList[q];
            var pool = offers.Where(o => o.Field == query.Field).ToList();
            var right = vector.Dot(offerVectors[query.Expected!]);
            var others = pool.Where(o => !string.Equals(o.Id, query.Expected, StringComparison.Ordinal))
                .Select(o => (o.Id, Similarity: vector.Dot(offerVectors[o.Id]))).ToList();
            var best = others.MaxBy(o => o.Similarity);
            outcomes.Add(new QueryOutcome(query.Id, 1 + others.Count(o => o.Similarity >= right), right - best.Similarity, best.Id));
        }

        return outcomes;
    }

    private static List<int> Ranks(
        List<LabelledText> offers, List<LabelledText> queries, Func<LabelledText, LabelledText, double> similarity)
    {
        var ranks = new List<int>(queries.Count);
        foreach (var query in queries)
        {
            var pool = offers.Where(o => o.Field == query.Field).ToList();
            var right = similarity(query, pool.Single(o => string.Equals(o.Id, query.Expected, StringComparison.Ordinal)));
            ranks.Add(1 + pool.Count(o => !string.Equals(o.Id, query.Expected, StringComparison.Ordinal) && similarity(query, o) >= right));
        }

        return ranks;
    }

    private static (List<LabelledText> Offers, List<LabelledText> Queries) Read(Stream stream)
    {
        var offers = new List<LabelledText>();
        var queries = new List<LabelledText>();
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "offer" when parts.Length == 4:
                    offers.Add(new LabelledText(parts[1], CreativeFields.Parse(parts[2]), parts[3], null));
                    break;
                case "query" when parts.Length == 5:
                    queries.Add(new LabelledText(parts[1], CreativeFields.Parse(parts[2]), parts[4], parts[3]));
                    break;
                default:
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Malformed evaluation line: '{line}'."));
            }
        }

        return (offers, queries);
    }

    private static double Round(double value) => Math.Round(value, 4);

    private sealed record LabelledText(string Id, CreativeField Field, string Text, string? Expected);

    internal sealed record QueryOutcome(string QueryId, int Rank, double Margin, string BestDistractor);
}
