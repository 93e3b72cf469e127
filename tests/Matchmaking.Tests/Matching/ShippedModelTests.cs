using Matchmaking.Core.Learning;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text;

namespace Matchmaking.Tests.Matching;

/// <summary>
/// The artifact in ml-models/ is what the service and the CLI run with; its manifest must tell the truth about it. Retraining
/// reads the lexicon from Debian's packages (installed here where missing, as the embedded default does) and embeds the
/// sets' texts with the MiniLM encoder, as `matchmaking train` does.
/// </summary>
public class ShippedModelTests
{
    private static readonly string Models = Path.Combine(AppContext.BaseDirectory, "ml-models");
    private static readonly Lazy<Task<TrainedModel>> Retrained = new(() => RetrainAsync(Manifest().Parameters));

    private static ModelManifest Manifest()
    {
        using var stream = File.OpenRead(Path.Combine(Models, TextModelTrainer.ManifestFileName));
        return ModelManifest.Read(stream);
    }

    private static async Task<TrainedModel> RetrainAsync(TextModelOptions options)
    {
        await LexiconPackages.EnsureInstalledAsync(_ => { });
        var evaluation = Path.Combine(Models, "evaluation");
        return await ShippedModelTraining.TrainAsync(
            [.. Directory.GetFiles(Path.Combine(Models, "corpus"), "*.txt").Order(StringComparer.Ordinal).Select(f => new FileInfo(f))],
            new FileInfo(Path.Combine(evaluation, TextModelTrainer.LabelledSetFileName)),
            new FileInfo(Path.Combine(evaluation, TextModelTrainer.HeldOutSetFileName)),
            [.. new[] { TextModelTrainer.BlindSetFileName, TextModelTrainer.SecondBlindSetFileName }.Select(f => new FileInfo(Path.Combine(evaluation, f)))],
            options, TimeProvider.System, CancellationToken.None);
    }

    [Fact]
    public async Task TheServiceRunsTheShippedArtifactWithTheLexiconItWasFittedWith()
    {
        await LexiconPackages.EnsureInstalledAsync(_ => { });
        var manifest = Manifest();

        Assert.Equal(manifest.Version, TextModelProvider.Load(null).Version);
        Assert.Equal(manifest.Lexicon, TextModelProvider.Load(null).Lexicon?.Identity);
        Assert.Equal(manifest.Version + "-nolex", TextModel.Default.Version);
        Assert.True(TextModel.Default.ConceptCount >= 200);
    }

    [Fact]
    public async Task RetrainingOnTheShippedCorpusReproducesTheArtifactAndItsFiguresOnEverySet()
    {
        var manifest = Manifest();
        var retrained = await Retrained.Value;

        Assert.Equal(manifest.Version, retrained.Model.Version);
        Assert.Equal(manifest.TrainingDataSha256, retrained.Manifest.TrainingDataSha256);
        Assert.Equal(manifest.Concepts, retrained.Manifest.Concepts);
        Assert.Equal(manifest.Evaluation, retrained.Manifest.Evaluation);
        Assert.Equal(manifest.HeldOutEvaluation, retrained.Manifest.HeldOutEvaluation);
        Assert.Equal(manifest.BlindEvaluations, retrained.Manifest.BlindEvaluations);
        Assert.Equal(manifest.GroupWeights, retrained.Manifest.GroupWeights);
        Assert.Equal(manifest.DevelopmentEvaluation!.DevelopmentPrecisionAt1, retrained.Manifest.DevelopmentEvaluation!.DevelopmentPrecisionAt1);
    }

    [Fact]
    public void TheShippedModelRanksTheRightMentorFirstForMostOfTheDevelopmentCallWrittenByOthers()
    {
        var development = Manifest().DevelopmentEvaluation!;

        Assert.Equal(42, development.DevelopmentQueries);
        Assert.True(development.DevelopmentPrecisionAt1 >= 0.9, $"P@1 {development.DevelopmentPrecisionAt1}");
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
    public async Task ConceptsHelpOnTheHeldOutSetWithoutHurtingTheLabelledSet()
    {
        var manifest = Manifest();
        var without = (await RetrainAsync(manifest.Parameters with { ConceptWeight = 0 })).Manifest;

        Assert.True(manifest.HeldOutEvaluation!.MeanReciprocalRank > without.HeldOutEvaluation!.MeanReciprocalRank);
        Assert.True(manifest.HeldOutEvaluation.PrecisionAt1 > without.HeldOutEvaluation.PrecisionAt1);
        Assert.True(manifest.Evaluation!.MeanReciprocalRank >= without.Evaluation!.MeanReciprocalRank);
    }

    [Fact]
    public async Task TheEmbeddingsHelpOnTheDevelopmentCallAndTheBlindSets()
    {
        var manifest = Manifest();
        var without = (await RetrainAsync(manifest.Parameters with { DenseWeight = 0 })).Manifest;

        Assert.True(manifest.DevelopmentEvaluation!.DevelopmentPrecisionAt1 > without.DevelopmentEvaluation!.DevelopmentPrecisionAt1);
        Assert.True(manifest.BlindEvaluations![0].Report.PrecisionAt1 > without.BlindEvaluations![0].Report.PrecisionAt1);
    }

    /// <summary>The hand-written TF-IDF model ML.NET replaced (tfidf-concept-2-2dbf8e0d2d15), as its manifest recorded.</summary>
    [Fact]
    public void ShippedModelIsAtLeastAsGoodAsTheHandWrittenOneOnTheHeldOutAndFirstBlindSets()
    {
        var manifest = Manifest();
        Assert.True(manifest.HeldOutEvaluation!.PrecisionAt1 >= 0.881);
        Assert.True(manifest.HeldOutEvaluation.MeanReciprocalRank >= 0.933);
        var blind = manifest.BlindEvaluations!.Single(b => b.Set == "blind-pairs").Report;
        Assert.True(blind.PrecisionAt1 >= 0.810);
        Assert.True(blind.MeanReciprocalRank >= 0.881);
    }
}
