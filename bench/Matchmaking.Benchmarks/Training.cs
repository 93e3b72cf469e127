using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Learning;
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
        var trained = ShippedModelTraining.TrainAsync([.. corpusFiles.Select(f => new FileInfo(f))], new FileInfo(sets[0]), new FileInfo(sets[1]),
            [.. sets.Skip(2).Select(f => new FileInfo(f))], TextModelOptions.Default, TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
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
        Console.WriteLine($"{"model",-40} {string.Join(" | ", sets.Select(s => $"{Path.GetFileNameWithoutExtension(s),-20}"))} | call2021");
        Console.WriteLine($"{"",-40} {string.Join(" | ", sets.Select(_ => $"{"P@1   MRR   margin",-20}"))} | P@1   MRR");
        var development = DevelopmentCalls.Call2021Async().GetAwaiter().GetResult();
        var lexicon = trained.Model.Lexicon;
        var embeddings = new SentenceEncoder().EmbedAsync(
            TextModelTrainer.TextsToEmbed([.. sets.Select(File.ReadAllBytes)], development, lexicon), CancellationToken.None).GetAwaiter().GetResult();
        var old = TfidfModel.Default.CreateFeaturizer();
        Row("hand-written (before issue 9)", texts => [.. texts.Select(old.Featurize)], sets, null);
        var model1 = TextModel.Default.WithLexicon(lexicon!).WithWeights([0.34871, 1, 0, 0.488196, 0, 0, 0, 0]);
        Row("ML.NET 1 (issue 9-21 weights)", texts => model1.Featurize(texts), sets, DecisionTraining.Evaluate(model1, [], development));
        Row("shipped", texts => trained.Model.Featurize(texts, embeddings), sets, trained.Manifest.DevelopmentEvaluation);
        var weights = trained.Model.GroupWeights.ToArray();
        (string Name, int Group)[] without =
        [
            ("without words", 0), ("without character n-grams", 2), ("without concepts", 3), ("without the dictionary (lexical)", 5),
            ("without embeddings (dense)", 7),
        ];
        foreach (var (name, group) in without)
        {
            var variant = weights.ToArray();
            variant[group] = 0;
            var model = trained.Model.WithWeights(variant);
            Row(name, texts => model.Featurize(texts, embeddings), sets, DecisionTraining.Evaluate(model, [], development, embeddings));
        }

        foreach (var group in new[] { 7, 5 })
        {
            var only = new double[weights.Length];
            only[group] = 1;
            var model = trained.Model.WithWeights(only);
            Row(group == 7 ? "embeddings only" : "dictionary only", texts => model.Featurize(texts, embeddings), sets,
                DecisionTraining.Evaluate(model, [], development, embeddings));
        }

        using (var labelled = File.OpenRead(sets[0]))
        {
            var learned = trained.Model.WithWeights(TextModelTrainer.LearnWeights(trained.Model, ModelEvaluator.Pairs(labelled), embeddings));
            Row($"weights learned on labelled ({string.Join(' ', learned.GroupWeights.Select(w => w.ToString("F2")))})",
                texts => learned.Featurize(texts, embeddings), sets, DecisionTraining.Evaluate(learned, [], development, embeddings));
        }

        foreach (var set in sets.Skip(1))
        {
            Misses(trained.Model, set, embeddings);
        }
    }

    private static void Row(string name, Func<IReadOnlyList<string>, SparseVector[]> featurize, List<string> sets, DecisionEvaluation? development)
    {
        var cells = sets.Select(set =>
        {
            using var stream = File.OpenRead(set);
            var o = ModelEvaluator.Rank(featurize, stream);
            return $"{o.Count(x => x.Rank == 1) / (double)o.Count:F3} {o.Average(x => 1.0 / x.Rank):F3} {o.Average(x => x.Margin),6:F3}";
        });
        var call = development?.DevelopmentPrecisionAt1 is { } p ? $"{p:F3} {development.DevelopmentMeanReciprocalRank:F3}" : "-";
        Console.WriteLine($"{name,-40} {string.Join(" | ", cells)} | {call}");
    }

    /// <summary>The queries of a set the shipped model does not rank first, for the model card's limits.</summary>
    private static void Misses(TextModel model, string file, TextEmbeddings embeddings)
    {
        using var stream = File.OpenRead(file);
        foreach (var miss in ModelEvaluator.Rank(texts => model.Featurize(texts, embeddings), stream).Where(o => o.Rank > 1))
        {
            Console.WriteLine($"  {Path.GetFileName(file)} miss {miss.QueryId}: rank {miss.Rank}, "
                + $"best distractor {miss.BestDistractor} by {-miss.Margin:F3}");
        }
    }
}
