using Matchmaking.Engine.Text;
using Matchmaking.Benchmarks.HandWritten;

namespace Matchmaking.Benchmarks;

/// <summary>
/// What `matchmaking train` does (fit on ml-models/corpus, evaluate, save the zip and its manifest), then the figures of the
/// model card: the ML.NET model side by side with the hand-written model it replaces, on every evaluation set, and the
/// variants considered, so the card can say what each part buys. Parameters are chosen on the labelled set only.
/// </summary>
internal static class Training
{
    private static readonly string[] Sets =
    [
        TextModelTrainer.LabelledSetFileName, TextModelTrainer.HeldOutSetFileName, TextModelTrainer.BlindSetFileName,
        TextModelTrainer.SecondBlindSetFileName,
    ];

    public static void Run(string modelsFolder, bool save)
    {
        var evaluation = Path.Combine(modelsFolder, "evaluation");
        var corpusFiles = Directory.GetFiles(Path.Combine(modelsFolder, "corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var sets = Sets.Select(s => Path.Combine(evaluation, s)).Where(File.Exists).ToList();
        var documents = TextModelTrainer.ReadDocuments([.. corpusFiles.Select(f => (Stream)new MemoryStream(File.ReadAllBytes(f)))]);
        TrainedModel trained;
        using (var labelled = File.OpenRead(sets[0]))
        using (var heldOut = File.OpenRead(sets[1]))
        {
            var blind = sets.Skip(2).Select(f => (Path.GetFileNameWithoutExtension(f), (Stream)new MemoryStream(File.ReadAllBytes(f)))).ToList();
            trained = TextModelTrainer.Train([.. corpusFiles.Select(f => (Stream)File.OpenRead(f))], labelled, heldOut,
                TextModelOptions.Default, TimeProvider.System, blind);
        }

        if (save)
        {
            using (var artifact = File.Create(Path.Combine(modelsFolder, TextModelTrainer.ArtifactFileName)))
            {
                trained.Model.Save(artifact);
            }

            using var manifest = File.Create(Path.Combine(modelsFolder, TextModelTrainer.ManifestFileName));
            trained.Manifest.Write(manifest);
        }

        Console.WriteLine($"{trained.Model.Version}: {trained.Model.VocabularySize} words, {trained.Model.ConceptCount} concepts "
            + $"from {trained.Manifest.TrainingDocuments} documents; weights {string.Join(' ', trained.Model.GroupWeights.Select(w => w.ToString("F3")))}");
        Console.WriteLine($"{"model",-34} {string.Join(" | ", sets.Select(s => $"{Path.GetFileNameWithoutExtension(s),-20}"))}");
        Console.WriteLine($"{"",-34} {string.Join(" | ", sets.Select(_ => $"{"P@1   MRR   margin",-20}"))}");
        var old = TfidfModel.Default.CreateFeaturizer();
        Row("hand-written (before issue 9)", texts => [.. texts.Select(old.Featurize)], sets);
        Row("ML.NET shipped", texts => trained.Model.Featurize(texts), sets);
        var shipped = TextModelOptions.Default;
        (string Name, TextModelOptions Options)[] variants =
        [
            ("words only", shipped with { BigramWeight = 0, CharWeight = 0, ConceptWeight = 0 }),
            ("words+bigrams", shipped with { CharWeight = 0, ConceptWeight = 0 }),
            ("no concepts", shipped with { ConceptWeight = 0 }),
            ("no char n-grams", shipped with { CharWeight = 0 }),
            ("char 3", shipped with { CharNgramLength = 3 }),
            ("char 5", shipped with { CharNgramLength = 5 }),
            ("char weight 0.5", shipped with { CharWeight = 0.5 }),
            ("concept weight 0.5", shipped with { ConceptWeight = 0.5 }),
            ("concept weight 1", shipped with { ConceptWeight = 1 }),
            ("+ hashed words 0.25", shipped with { HashedWeight = 0.25 }),
            ("no bigrams", shipped with { BigramWeight = 0 }),
            ("profile weight 0.2", shipped with { ProfileWeight = 0.2 }),
        ];
        var fitted = TextModel.Fit(documents, shipped);
        foreach (var (name, options) in variants)
        {
            var model = TextModel.Fit(documents, options);
            Row(name, texts => model.Featurize(texts), sets);
        }

        using (var labelled = File.OpenRead(sets[0]))
        {
            var learned = fitted.WithWeights(TextModelTrainer.LearnWeights(fitted, ModelEvaluator.Pairs(labelled)));
            Row($"learned weights ({string.Join(' ', learned.GroupWeights.Select(w => w.ToString("F2")))})",
                texts => learned.Featurize(texts), sets);
        }

        foreach (var set in sets.Skip(1))
        {
            Misses(trained.Model, set);
        }
    }

    private static void Row(string name, Func<IReadOnlyList<string>, SparseVector[]> featurize, List<string> sets)
    {
        var cells = sets.Select(set =>
        {
            using var stream = File.OpenRead(set);
            var o = ModelEvaluator.Rank(featurize, stream);
            return $"{o.Count(x => x.Rank == 1) / (double)o.Count:F3} {o.Average(x => 1.0 / x.Rank):F3} {o.Average(x => x.Margin),6:F3}";
        });
        Console.WriteLine($"{name,-34} {string.Join(" | ", cells)}");
    }

    /// <summary>The queries of a set the shipped model does not rank first, for the model card's limits.</summary>
    private static void Misses(TextModel model, string file)
    {
        using var stream = File.OpenRead(file);
        foreach (var miss in ModelEvaluator.Rank(texts => model.Featurize(texts), stream).Where(o => o.Rank > 1))
        {
            Console.WriteLine($"  {Path.GetFileName(file)} miss {miss.QueryId}: rank {miss.Rank}, "
                + $"best distractor {miss.BestDistractor} by {-miss.Margin:F3}");
        }
    }
}
