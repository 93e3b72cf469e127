using System.Globalization;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Learning;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>
/// `weights`: how the shipped group weights were chosen. Each group's cosines are computed once for the development call
/// written by others (call2021: each applicant against the offers of its field that speak one of its languages) and for the
/// project's four sets; a grid of weights is scored on both (P@1), and a 6-fold and a leave-one-out cross-validation by
/// applicant say how much the choice flatters the development call: the weights are chosen on the other folds (and the
/// project's sets) and scored on the fold left out.
/// </summary>
internal static class WeightSearch
{
    private static readonly double[] Levels = [0, 0.5, 1];

    public static async Task RunAsync(string modelsFolder)
    {
        var lexicon = LexiconFiles.TryRead() ?? throw new InvalidOperationException("The lexicon (FreeDict, WordNet) is not installed.");
        var model = TextModelProvider.WithLexicon(TextModel.Default);
        var development = await DevelopmentCalls.Call2021Async();
        var evaluation = Path.Combine(modelsFolder, "evaluation");
        var sets = new[] { TextModelTrainer.LabelledSetFileName, TextModelTrainer.HeldOutSetFileName, TextModelTrainer.BlindSetFileName,
            TextModelTrainer.SecondBlindSetFileName }.Select(f => File.ReadAllBytes(Path.Combine(evaluation, f))).ToList();
        var embeddings = await new SentenceEncoder().EmbedAsync(TextModelTrainer.TextsToEmbed(sets, development, lexicon), CancellationToken.None);
        var call = CallQueries(model, development, embeddings);
        var own = sets.SelectMany(set => OwnQueries(model, ModelEvaluator.Pairs(new MemoryStream(set)), embeddings)).ToList();

        var grid = Grid().ToList();
        var callHits = grid.Select(w => call.Select(q => Hit(q, w)).ToArray()).ToList();
        var ownHits = grid.Select(w => own.Count(q => Hit(q, w))).ToList();
        Console.WriteLine($"{grid.Count} weightings; development call {call.Count} applicants, the project's sets {own.Count} queries");
        Console.WriteLine("best on both (words, bigrams, characters, concepts, hashed, dictionary, WordNet, embeddings):");
        foreach (var n in Enumerable.Range(0, grid.Count).OrderByDescending(n => callHits[n].Count(h => h) + ownHits[n]).ThenByDescending(n => callHits[n].Count(h => h)).Take(10))
        {
            Console.WriteLine($"  call {callHits[n].Count(h => h)}/{call.Count}  own {ownHits[n]}/{own.Count}  {Describe(grid[n])}");
        }

        var shipped = grid.FindIndex(w => w.SequenceEqual(model.GroupWeights));
        if (shipped >= 0)
        {
            Console.WriteLine($"shipped: call {callHits[shipped].Count(h => h)}/{call.Count}  own {ownHits[shipped]}/{own.Count}  {Describe(grid[shipped])}");
        }

        foreach (var folds in new[] { 6, call.Count })
        {
            var right = 0;
            for (var f = 0; f < folds; f++)
            {
                var fold = f;
                // Chosen on the other folds and the project's sets; ties go to the first weighting of the grid.
                var chosen = Enumerable.Range(0, grid.Count)
                    .MaxBy(n => Enumerable.Range(0, call.Count).Count(i => i % folds != fold && callHits[n][i]) + ownHits[n]);
                right += Enumerable.Range(0, call.Count).Count(i => i % folds == fold && callHits[chosen][i]);
            }

            Console.WriteLine($"{folds}-fold cross-validated P@1 on the development call: {right}/{call.Count} = {right / (double)call.Count:F3}");
        }
    }

    private static IEnumerable<double[]> Grid()
    {
        foreach (var words in Levels)
        foreach (var bigrams in Levels)
        foreach (var characters in Levels)
        foreach (var concepts in Levels)
        foreach (var dictionary in Levels)
        foreach (var related in new[] { 0, 0.25, 0.5 })
        foreach (var dense in Levels)
        {
            if (words + bigrams + characters + concepts + dictionary + related + dense > 0)
            {
                yield return [words, bigrams, characters, concepts, 0, dictionary, related, dense];
            }
        }
    }

    /// <summary>For each applicant, the offers of its field speaking one of its languages: per-group cosines and whether acceptable.</summary>
    private static List<List<(double[] Cosines, bool Right)>> CallQueries(TextModel model, DevelopmentCall call, TextEmbeddings embeddings)
    {
        var queries = call.Queries.Where(q => q.Acceptable.Count > 0).ToList();
        var cosines = PerGroup(model, embeddings, g =>
        {
            var texts = queries.SelectMany(q => new string?[] { q.Needs, q.Profile }).Concat(call.Offers.Select(o => o.Expertise)).ToList();
            var vectors = g.Featurize(texts, embeddings);
            return [.. queries.SelectMany((q, i) => call.Offers.Select((o, j) => (q, o, j)).Where(x => x.o.Field == q.Field)
                .Select(x => SparseVector.Blend(vectors[2 * i], vectors[(2 * i) + 1], g.Options.ProfileWeight).Dot(vectors[(2 * queries.Count) + x.j])))];
        });
        var result = new List<List<(double[], bool)>>();
        var k = 0;
        foreach (var q in queries)
        {
            var offers = call.Offers.Where(o => o.Field == q.Field).ToList();
            result.Add([.. offers.Select(o => (cosines[k++], q.Acceptable.Contains(o.Id, StringComparer.Ordinal)))]);
        }

        return result;
    }

    private static List<List<(double[] Cosines, bool Right)>> OwnQueries(TextModel model, List<(string Query, string Offer, bool Right)> pairs,
        TextEmbeddings embeddings)
    {
        var cosines = PerGroup(model, embeddings, g =>
        {
            var q = g.Featurize([.. pairs.Select(p => p.Query)], embeddings);
            var o = g.Featurize([.. pairs.Select(p => p.Offer)], embeddings);
            return [.. q.Select((v, i) => v.Dot(o[i]))];
        });
        return [.. pairs.Select((p, i) => (p.Query, Cosines: cosines[i], p.Right)).GroupBy(p => p.Query).Select(g => g.Select(p => (p.Cosines, p.Right)).ToList())];
    }

    private static double[][] PerGroup(TextModel model, TextEmbeddings embeddings, Func<TextModel, double[]> cosines)
    {
        var groups = model.GroupWeights.Count;
        double[][]? result = null;
        for (var g = 0; g < groups; g++)
        {
            var only = new double[groups];
            only[g] = 1;
            var values = cosines(model.WithWeights(only));
            result ??= [.. values.Select(_ => new double[groups])];
            for (var i = 0; i < values.Length; i++)
            {
                result[i][g] = values[i];
            }
        }

        return result!;
    }

    /// <summary>An acceptable offer strictly first (ties rank it last, as the evaluators do).</summary>
    private static bool Hit(List<(double[] Cosines, bool Right)> query, double[] weights)
    {
        double Score(double[] c) => c.Select((v, g) => v * weights[g]).Sum();
        var right = query.Where(x => x.Right).Select(x => Score(x.Cosines)).DefaultIfEmpty(double.NegativeInfinity).Max();
        return query.Where(x => !x.Right).All(x => Score(x.Cosines) < right);
    }

    private static string Describe(double[] w) => string.Join(' ', w.Select(x => x.ToString(CultureInfo.InvariantCulture)));
}
