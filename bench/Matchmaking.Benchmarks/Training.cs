using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>What `matchmaking train` will do: fit on ml-models/corpus, evaluate on ml-models/evaluation, save both files.</summary>
internal static class Training
{
    public static void Run(string modelsFolder)
    {
        var corpusFiles = Directory.GetFiles(Path.Combine(modelsFolder, "corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var evaluationFile = Path.Combine(modelsFolder, "evaluation", "labelled-pairs.tsv");
        var streams = corpusFiles.Select(f => (Stream)File.OpenRead(f)).ToList();
        TrainedModel trained;
        using (var evaluation = File.OpenRead(evaluationFile))
        {
            trained = TextModelTrainer.Train(streams, evaluation, TextModelOptions.Default, TimeProvider.System);
        }

        streams.ForEach(s => s.Dispose());
        using (var artifact = File.Create(Path.Combine(modelsFolder, TextModelTrainer.ArtifactFileName)))
        {
            trained.Model.Save(artifact);
        }

        using (var manifest = File.Create(Path.Combine(modelsFolder, TextModelTrainer.ManifestFileName)))
        {
            trained.Manifest.Write(manifest);
        }

        Console.WriteLine($"{trained.Model.Version}: {trained.Model.VocabularySize} terms from {trained.Model.DocumentCount} documents");
        Console.WriteLine($"shipped  {Describe(trained.Manifest.Evaluation!)}");
        Ablations(corpusFiles, evaluationFile);
    }

    /// <summary>Variants considered, so the model card can say what each part of the featurizer buys.</summary>
    private static void Ablations(List<string> corpusFiles, string evaluationFile)
    {
        var documents = TextModelTrainer.ReadDocuments([.. corpusFiles.Select(f => (Stream)new MemoryStream(File.ReadAllBytes(f)))]);
        (string Name, TextModelOptions Options)[] variants =
        [
            ("words only (TF-IDF)", TextModelOptions.Default with { CharWeight = 0, BigramWeight = 0 }),
            ("words+bigrams", TextModelOptions.Default with { CharWeight = 0 }),
            ("char 3-5 only", TextModelOptions.Default with { WordWeight = 0, BigramWeight = 0 }),
            ("char 3-4", TextModelOptions.Default with { CharNgramMax = 4 }),
            ("char weight 0.5", TextModelOptions.Default with { CharWeight = 0.5 }),
            ("char weight 1.5", TextModelOptions.Default with { CharWeight = 1.5 }),
            ("no bigrams", TextModelOptions.Default with { BigramWeight = 0 }),
            ("raw tf", TextModelOptions.Default with { SublinearTf = false }),
            ("min df 1", TextModelOptions.Default with { MinDocumentFrequency = 1 }),
        ];
        foreach (var (name, options) in variants)
        {
            var model = TextModel.Fit(documents, options);
            using var evaluation = File.OpenRead(evaluationFile);
            Console.WriteLine($"{name,-22} {Describe(ModelEvaluator.Evaluate(model, evaluation))}");
        }
    }

    private static string Describe(EvaluationReport r) =>
        $"P@1 {r.PrecisionAt1:F3} MRR {r.MeanReciprocalRank:F3} | baseline P@1 {r.BaselinePrecisionAt1:F3} MRR {r.BaselineMeanReciprocalRank:F3} ({r.Queries} queries)";
}
