using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Matchmaking.Engine.Text;

/// <summary>A fitted model and its manifest, ready to be saved side by side.</summary>
public sealed record TrainedModel(TextModel Model, ModelManifest Manifest);

/// <summary>
/// Fits the text model on corpus files (one document per line, '#' comments), optionally learns its group weights from the
/// labelled pairs, and evaluates it. Deterministic (fixed seed) and pure: the date comes from the caller's
/// <see cref="TimeProvider"/>, the files come as streams, and nothing is written except to the streams handed to
/// <see cref="TextModel.Save"/> and <see cref="ModelManifest.Write"/>.
/// </summary>
public static class TextModelTrainer
{
    public const string ArtifactFileName = "text-model.zip";
    public const string ManifestFileName = "text-model.manifest.json";
    public const string LabelledSetFileName = "labelled-pairs.tsv";
    public const string HeldOutSetFileName = "heldout-pairs.tsv";
    public const string BlindSetFileName = "blind-pairs.tsv";
    public const string SecondBlindSetFileName = "blind-pairs-2.tsv";

    /// <summary>Fits and evaluates on the labelled set and, where given, on the held-out and blind sets.</summary>
    public static TrainedModel Train(IReadOnlyList<Stream> corpus, Stream? labelledSet, Stream? heldOutSet, TextModelOptions options,
        TimeProvider time, IReadOnlyList<(string Name, Stream Set)>? blindSets = null, Lexicon.Lexicon? lexicon = null,
        TextEmbeddings? embeddings = null, DevelopmentCall? development = null)
    {
        embeddings ??= TextEmbeddings.None;
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var documents = ReadDocuments(corpus);
        var model = TextModel.Fit(documents, options, lexicon: lexicon);
        byte[]? labelled = labelledSet is null ? null : ReadAll(labelledSet);
        if (options.LearnWeights && labelled is not null)
        {
            model = model.WithWeights(LearnWeights(model, ModelEvaluator.Pairs(new MemoryStream(labelled)), embeddings));
        }

        var blind = blindSets?.Select(b => new NamedEvaluation(b.Name, ModelEvaluator.Evaluate(model, b.Set, embeddings))).ToList();
        return new TrainedModel(model, new ModelManifest
        {
            Version = model.Version,
            ArtifactFile = ArtifactFileName,
            Parameters = options,
            GroupWeights = [.. model.GroupWeights.Select(w => Math.Round(w, 6))],
            VocabularySize = model.VocabularySize,
            Concepts = model.ConceptCount,
            TrainingDocuments = documents.Count,
            TrainingDataSha256 = model.Settings.TrainingDataSha256,
            TrainedAt = time.GetUtcNow(),
            Evaluation = labelled is null ? null : ModelEvaluator.Evaluate(model, new MemoryStream(labelled), embeddings),
            HeldOutEvaluation = heldOutSet is null ? null : ModelEvaluator.Evaluate(model, heldOutSet, embeddings),
            BlindEvaluations = blind,
            DevelopmentEvaluation = development is null ? null : DecisionTraining.Evaluate(model, [], development, embeddings),
            Lexicon = lexicon?.Identity,
        });
    }

    /// <summary>
    /// Learns how much each feature group counts: a logistic regression (ML.NET's L-BFGS trainer, non-negative weights, fixed
    /// seed) on the per-group cosines of every (query, offer) pair of a field, the right offer labelled true. The weights are
    /// scaled so that the largest is 1; a group the trainer gives no weight drops out.
    /// </summary>
    internal static double[] LearnWeights(TextModel model, IReadOnlyList<(string Query, string Offer, bool Right)> pairs,
        TextEmbeddings? embeddings = null)
    {
        embeddings ??= TextEmbeddings.None;
        var groups = Enum.GetValues<FeatureGroup>().Length;
        var perGroup = new double[groups][];
        var queries = pairs.Select(p => p.Query).ToList();
        var offers = pairs.Select(p => p.Offer).ToList();
        for (var g = 0; g < groups; g++)
        {
            var only = new double[groups];
            only[g] = 1;
            var single = model.WithWeights(only);
            var q = single.Featurize(queries, embeddings);
            var o = single.Featurize(offers, embeddings);
            // A group the options weigh 0 stays out: its feature is 0, so the regularized trainer gives it no weight.
            perGroup[g] = OptionWeight(model, g) <= 0
                ? new double[pairs.Count]
                : [.. q.Select((v, i) => v.Dot(o[i]))];
        }

        var rows = pairs.Select((p, i) => new PairRow
        {
            Label = p.Right,
            Features = [.. Enumerable.Range(0, groups).Select(g => (float)perGroup[g][i])],
        }).ToList();
        var ml = new MLContext(seed: 20_27);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            EnforceNonNegativity = true,
            L2Regularization = 0.01f,
            L1Regularization = 0,
        });
        var fitted = trainer.Fit(ml.Data.LoadFromEnumerable(rows));
        var weights = fitted.Model.SubModel.Weights.Select(w => Math.Max(0, (double)w)).ToArray();
        var max = weights.Max();
        return max <= 0 ? [.. model.GroupWeights] : [.. weights.Select(w => w / max)];
    }

    private static double OptionWeight(TextModel model, int group) => (FeatureGroup)group switch
    {
        FeatureGroup.Word => model.Options.WordWeight,
        FeatureGroup.Bigram => model.Options.BigramWeight,
        FeatureGroup.Char => model.Options.CharWeight,
        FeatureGroup.Concept => model.Options.ConceptWeight,
        FeatureGroup.Hashed => model.Options.HashedWeight,
        FeatureGroup.Lexical => model.Lexicon is null ? 0 : model.Options.LexicalWeight,
        FeatureGroup.Related => model.Lexicon is null ? 0 : model.Options.RelatedWeight,
        _ => model.Options.DenseWeight,
    };

    /// <summary>
    /// The texts of evaluation sets and a development call as the encoder should see them (French rendered in English words
    /// by the lexicon), so that the host can embed them before training.
    /// </summary>
    public static IReadOnlyList<string> TextsToEmbed(IReadOnlyList<byte[]> sets, DevelopmentCall? development, Lexicon.Lexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var texts = sets.SelectMany(set => ModelEvaluator.Pairs(new MemoryStream(set)).SelectMany(p => new[] { p.Query, p.Offer }))
            .Concat(development?.Queries.SelectMany(q => new[] { q.Needs, q.Profile }) ?? [])
            .Concat(development?.Offers.Select(o => o.Expertise) ?? []);
        return TextEmbeddings.TextsFor(texts, t => lexicon is null ? t : lexicon.RenderEnglish(t));
    }

    public static List<string> ReadDocuments(IReadOnlyList<Stream> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var documents = new List<string>();
        foreach (var stream in corpus)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true);
            while (reader.ReadLine() is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line) && line[0] != '#')
                {
                    documents.Add(line.Trim());
                }
            }
        }

        return documents;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>One training row of the weight learner. Public because ML.NET reads it by reflection.</summary>
    public sealed class PairRow
    {
        private const int GroupCount = 8;

        public bool Label { get; set; }

        [VectorType(GroupCount)]
        public float[] Features { get; set; } = [];
    }
}
