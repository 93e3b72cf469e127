using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Text;

/// <summary>The artifact in ml-models/ is what the service and the CLI run with; its manifest must tell the truth about it.</summary>
public class ShippedModelTests
{
    private static readonly string Models = Path.Combine(AppContext.BaseDirectory, "ml-models");

    private static ModelManifest Manifest()
    {
        using var stream = File.OpenRead(Path.Combine(Models, TextModelTrainer.ManifestFileName));
        return ModelManifest.Read(stream);
    }

    private static TextModel Artifact()
    {
        using var stream = File.OpenRead(Path.Combine(Models, TextModelTrainer.ArtifactFileName));
        return TextModel.Load(stream);
    }

    [Fact]
    public void DefaultModelIsTheShippedArtifact()
    {
        var artifact = Artifact();
        Assert.Equal(Manifest().Version, artifact.Version);
        Assert.Equal(artifact.Version, TextModel.Default.Version);
        Assert.Equal(Manifest().VocabularySize, TextModel.Default.VocabularySize);
        Assert.Equal(Manifest().Concepts, TextModel.Default.ConceptCount);
        Assert.True(TextModel.Default.ConceptCount >= 200);
    }

    private static TrainedModel Retrain(TextModelOptions options)
    {
        var corpus = Directory.GetFiles(Path.Combine(Models, "corpus"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Stream)File.OpenRead(f)).ToList();
        using var labelled = File.OpenRead(Path.Combine(Models, "evaluation", TextModelTrainer.LabelledSetFileName));
        using var heldOut = File.OpenRead(Path.Combine(Models, "evaluation", TextModelTrainer.HeldOutSetFileName));
        var blind = new[] { TextModelTrainer.BlindSetFileName, TextModelTrainer.SecondBlindSetFileName }
            .Select(f => (Path.GetFileNameWithoutExtension(f), (Stream)File.OpenRead(Path.Combine(Models, "evaluation", f)))).ToList();
        var retrained = TextModelTrainer.Train(corpus, labelled, heldOut, options, TimeProvider.System, blind);
        blind.ForEach(b => b.Item2.Dispose());
        corpus.ForEach(s => s.Dispose());
        return retrained;
    }

    [Fact]
    public void RetrainingOnTheShippedCorpusReproducesTheArtifactAndItsFiguresOnEverySet()
    {
        var manifest = Manifest();
        var retrained = Retrain(manifest.Parameters);
        Assert.Equal(manifest.Version, retrained.Model.Version);
        Assert.Equal(manifest.TrainingDataSha256, retrained.Manifest.TrainingDataSha256);
        Assert.Equal(manifest.Concepts, retrained.Manifest.Concepts);
        Assert.Equal(manifest.Evaluation, retrained.Manifest.Evaluation);
        Assert.Equal(manifest.HeldOutEvaluation, retrained.Manifest.HeldOutEvaluation);
        Assert.Equal(manifest.BlindEvaluations, retrained.Manifest.BlindEvaluations);
        Assert.Equal(manifest.GroupWeights, retrained.Manifest.GroupWeights);
    }

    [Fact]
    public void ShippedModelBeatsTheBagOfWordsBaselineOnBothSets()
    {
        foreach (var evaluation in new[] { Manifest().Evaluation!, Manifest().HeldOutEvaluation! })
        {
            Assert.True(evaluation.PrecisionAt1 > evaluation.BaselinePrecisionAt1);
            Assert.True(evaluation.MeanReciprocalRank > evaluation.BaselineMeanReciprocalRank);
        }

        Assert.True(Manifest().Evaluation!.Queries >= 28);
        Assert.True(Manifest().HeldOutEvaluation!.Queries >= 30);
    }

    [Fact]
    public void ConceptsHelpOnTheHeldOutSetWithoutHurtingTheLabelledSet()
    {
        var manifest = Manifest();
        var without = Retrain(manifest.Parameters with { ConceptWeight = 0 }).Manifest;
        Assert.True(manifest.HeldOutEvaluation!.MeanReciprocalRank > without.HeldOutEvaluation!.MeanReciprocalRank);
        Assert.True(manifest.HeldOutEvaluation.PrecisionAt1 > without.HeldOutEvaluation.PrecisionAt1);
        Assert.True(manifest.Evaluation!.MeanReciprocalRank >= without.Evaluation!.MeanReciprocalRank);
        Assert.True(manifest.Evaluation.PrecisionAt1 >= without.Evaluation.PrecisionAt1);
    }

    /// <summary>The hand-written TF-IDF model this one replaced (tfidf-concept-2-2dbf8e0d2d15), as its manifest recorded.</summary>
    [Fact]
    public void ShippedModelIsAtLeastAsGoodAsTheHandWrittenOneItReplacedOnTheHeldOutAndFirstBlindSets()
    {
        var manifest = Manifest();
        Assert.True(manifest.HeldOutEvaluation!.PrecisionAt1 >= 0.881);
        Assert.True(manifest.HeldOutEvaluation.MeanReciprocalRank >= 0.933);
        var blind = manifest.BlindEvaluations!.Single(b => b.Set == "blind-pairs").Report;
        Assert.True(blind.PrecisionAt1 >= 0.810);
        Assert.True(blind.MeanReciprocalRank >= 0.881);
    }
}
