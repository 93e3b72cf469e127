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
    public static EvaluationReport Evaluate(TextModel model, Stream labelledSet)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (offers, queries) = Read(labelledSet);
        var featurizer = model.CreateFeaturizer();
        var offerVectors = offers.ToDictionary(o => o.Id, o => featurizer.Featurize(o.Text), StringComparer.Ordinal);
        var fitted = Ranks(offers, queries, (query, offer) => featurizer.Featurize(query.Text).Dot(offerVectors[offer.Id]));
        var baseline = Ranks(offers, queries, (query, offer) => BagOfWordsBaseline.Similarity(query.Text, offer.Text));
        return new EvaluationReport
        {
            Queries = queries.Count,
            Offers = offers.Count,
            PrecisionAt1 = Round(fitted.Count(r => r == 1) / (double)queries.Count),
            MeanReciprocalRank = Round(fitted.Average(r => 1.0 / r)),
            BaselinePrecisionAt1 = Round(baseline.Count(r => r == 1) / (double)queries.Count),
            BaselineMeanReciprocalRank = Round(baseline.Average(r => 1.0 / r)),
        };
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
}
