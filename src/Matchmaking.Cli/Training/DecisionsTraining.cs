using System.Globalization;
using Matchmaking.Core.Learning;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaking.Cli.Training;

/// <summary>
/// <c>matchmaking train --decisions</c>: a candidate learned from the database's decisions, both evaluations side by side,
/// and whether it was promoted (made active). The service's own code path (<see cref="ModelTraining"/>).
/// </summary>
internal static class DecisionsTraining
{
    /// <summary>Who the model versions and the audit log say trained it.</summary>
    private const string Actor = "cli:matchmaking-train";

    public static async Task<int> RunAsync(bool dryRun, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var dataSource = await CliDatabase.OpenAsync(error, cancellationToken);
        using var models = new TextModelProvider(Options.Create(new ModelOptions()), dataSource, NullLogger<TextModelProvider>.Instance);
        var embeddings = new Core.Embeddings.EmbeddingStore(dataSource, new Core.Embeddings.SentenceEncoder(),
            Options.Create(new Core.Embeddings.EmbeddingsOptions()), TimeProvider.System, NullLogger<Core.Embeddings.EmbeddingStore>.Instance);
        var training = new ModelTraining(dataSource, new DecisionPairs(dataSource), models, embeddings, TimeProvider.System);
        var report = await training.TrainAsync(Actor, store: !dryRun, cancellationToken);
        await WriteAsync(output, report, dryRun);
        return 0;
    }

    private static async Task WriteAsync(TextWriter output, TrainingReport report, bool dryRun)
    {
        var result = report.Result;
        var held = result.HeldOutCall is { } year
            ? $"the {Decisions(result.HeldOutDecisions)} of call {year}"
            : $"{Decisions(result.HeldOutDecisions)} (one applicant in three)";
        await output.WriteLineAsync(
            $"Candidate {result.Candidate.Version}: learned from the shipped labelled set and {Decisions(result.TrainingDecisions)}; held out {held}.");
        var current = result.CurrentEvaluation;
        var candidate = result.CandidateEvaluation;
        var rows = new List<(string Name, string Current, string Candidate)>
        {
            ("model", $"{current.ModelVersion}{(report.Current.VersionId is { } id ? $" (#{id})" : " (shipped)")}", candidate.ModelVersion),
            ("group weights", Weights(current.GroupWeights), Weights(candidate.GroupWeights)),
            ($"held-out decisions ({current.Comparisons} comparisons)", Figure(current.PairwiseAccuracy), Figure(candidate.PairwiseAccuracy)),
            ($"development call P@1 ({current.DevelopmentQueries} queries)", Figure(current.DevelopmentPrecisionAt1), Figure(candidate.DevelopmentPrecisionAt1)),
            ("development call MRR", Figure(current.DevelopmentMeanReciprocalRank), Figure(candidate.DevelopmentMeanReciprocalRank)),
        };
        var first = rows.Max(r => r.Name.Length);
        var second = Math.Max("current".Length, rows.Max(r => r.Current.Length));
        await output.WriteLineAsync($"{"".PadRight(first)}  {"current".PadRight(second)}  candidate");
        foreach (var (name, now, next) in rows)
        {
            await output.WriteLineAsync($"{name.PadRight(first)}  {now.PadRight(second)}  {next}");
        }

        await output.WriteLineAsync(Verdict(result.Verdict) + (dryRun
            ? " Dry run: nothing stored."
            : $" Stored as version #{report.StoredId}{(report.Activated ? ", now active." : ", not active.")}"));
    }

    private static string Verdict(TrainingVerdict verdict) => verdict switch
    {
        TrainingVerdict.Promoted => "Promoted: not worse than the current model on the held-out decisions nor on the development call.",
        TrainingVerdict.Unchanged => "Not promoted: it learned the current model's weights.",
        TrainingVerdict.WorseOnDecisions => "Not promoted: worse than the current model on the held-out decisions.",
        _ => "Not promoted: worse than the current model on the development call.",
    };

    private static string Decisions(int count) => count == 1 ? "1 decision" : $"{count} decisions";

    private static string Weights(IReadOnlyList<double> weights) =>
        string.Join(' ', weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)));

    private static string Figure(double? value) => value?.ToString("F3", CultureInfo.InvariantCulture) ?? "-";
}
