using Matchmaking.Core.Learning;
using System.CommandLine;
using Matchmaking.Engine.Text;

namespace Matchmaking.Cli.Training;

/// <summary><c>matchmaking train</c>: fits the text model on a corpus, evaluates it, and writes the artifact and its manifest.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpus = new Option<DirectoryInfo>("--corpus")
        {
            Description = "folder of *.txt corpus files (one document per line, '#' comments)",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("ml-models", "corpus")),
        };
        var labelled = new Option<FileInfo?>("--labelled")
        {
            Description = "labelled evaluation set (TSV), on which parameters are chosen",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("ml-models", "evaluation", TextModelTrainer.LabelledSetFileName)),
        };
        var heldOut = new Option<FileInfo?>("--heldout")
        {
            Description = "held-out evaluation set (TSV), written apart and never used to choose parameters",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("ml-models", "evaluation", TextModelTrainer.HeldOutSetFileName)),
        };
        var blind = new Option<FileInfo[]>("--blind")
        {
            Description = "blind evaluation sets (TSV), written after the model was frozen; reported, never used to fit",
            DefaultValueFactory = _ =>
            [
                new FileInfo(Path.Combine("ml-models", "evaluation", TextModelTrainer.BlindSetFileName)),
                new FileInfo(Path.Combine("ml-models", "evaluation", TextModelTrainer.SecondBlindSetFileName)),
            ],
            AllowMultipleArgumentsPerToken = true,
        };
        var destination = new Option<DirectoryInfo>("--out")
        {
            Description = "folder for the artifact and its manifest",
            DefaultValueFactory = _ => new DirectoryInfo("ml-models"),
        };
        var decisions = new Option<bool>("--decisions")
        {
            Description = "train a candidate from the coordinators' decisions in the database (ConnectionStrings__Matchmaking), "
                + "evaluate it beside the current model and make it active when it is not worse",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "with --decisions: print the evaluations, store nothing" };
        var command = new Command("train", "Fit the text model, evaluate it against a bag-of-words baseline, and save it.")
        {
            corpus, labelled, heldOut, blind, destination, decisions, dryRun,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(decisions))
            {
                return await DecisionsTraining.RunAsync(parsed.GetValue(dryRun), output, error, cancellationToken);
            }

            if (parsed.GetValue(dryRun))
            {
                await error.WriteLineAsync("error: --dry-run goes with --decisions.");
                return 2;
            }

            var corpusFolder = parsed.GetValue(corpus)!;
            if (!corpusFolder.Exists)
            {
                await error.WriteLineAsync($"error: the corpus folder {corpusFolder.FullName} does not exist.");
                return 2;
            }

            var files = corpusFolder.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                await error.WriteLineAsync($"error: no *.txt files in {corpusFolder.FullName}.");
                return 2;
            }

            var trained = await ShippedModelTraining.TrainAsync(files, parsed.GetValue(labelled), parsed.GetValue(heldOut),
                parsed.GetValue(blind) ?? [], TextModelOptions.Default, TimeProvider.System, cancellationToken);
            var folder = parsed.GetValue(destination)!;
            folder.Create();
            await using (var artifact = File.Create(Path.Combine(folder.FullName, TextModelTrainer.ArtifactFileName)))
            {
                trained.Model.Save(artifact);
            }

            await using (var manifest = File.Create(Path.Combine(folder.FullName, TextModelTrainer.ManifestFileName)))
            {
                trained.Manifest.Write(manifest);
            }

            await output.WriteLineAsync(
                $"{trained.Model.Version}: {trained.Model.VocabularySize} terms, {trained.Model.ConceptCount} concepts " +
                $"from {trained.Manifest.TrainingDocuments} documents -> {folder.FullName}");
            await WriteEvaluationAsync(output, "labelled", trained.Manifest.Evaluation);
            await WriteEvaluationAsync(output, "held-out", trained.Manifest.HeldOutEvaluation);
            foreach (var named in trained.Manifest.BlindEvaluations ?? [])
            {
                await WriteEvaluationAsync(output, named.Set, named.Report);
            }

            return 0;
        });
        return command;
    }

    private static async Task WriteEvaluationAsync(TextWriter output, string set, EvaluationReport? e)
    {
        if (e is not null)
        {
            await output.WriteLineAsync(
                $"{set}: precision@1 {e.PrecisionAt1:F3}, MRR {e.MeanReciprocalRank:F3} " +
                $"(bag-of-words baseline {e.BaselinePrecisionAt1:F3}, {e.BaselineMeanReciprocalRank:F3}) on {e.Queries} queries");
        }
    }
}
