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
    }

    [Fact]
    public void RetrainingOnTheShippedCorpusReproducesTheArtifactAndItsFigures()
    {
        var corpus = Directory.GetFiles(Path.Combine(Models, "corpus"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Stream)File.OpenRead(f)).ToList();
        using var evaluation = File.OpenRead(Path.Combine(Models, "evaluation", "labelled-pairs.tsv"));
        var manifest = Manifest();
        var retrained = TextModelTrainer.Train(corpus, evaluation, manifest.Parameters, TimeProvider.System);
        corpus.ForEach(s => s.Dispose());
        Assert.Equal(manifest.Version, retrained.Model.Version);
        Assert.Equal(manifest.TrainingDataSha256, retrained.Manifest.TrainingDataSha256);
        Assert.Equal(manifest.Evaluation, retrained.Manifest.Evaluation);
    }

    [Fact]
    public void ShippedModelBeatsTheBagOfWordsBaseline()
    {
        var evaluation = Manifest().Evaluation!;
        Assert.True(evaluation.PrecisionAt1 > evaluation.BaselinePrecisionAt1);
        Assert.True(evaluation.MeanReciprocalRank > evaluation.BaselineMeanReciprocalRank);
        Assert.True(evaluation.Queries >= 28);
    }
}
