using Matchmaking.Engine.Text;

namespace Matchmaking.Core.Learning;

/// <summary>A stored model version: what it learned from, its evaluation beside the model it was compared with, its use.</summary>
public sealed record ModelVersionView
{
    public required long Id { get; init; }
    public required string Version { get; init; }
    public long? ParentId { get; init; }
    public required string ParentVersion { get; init; }
    public required IReadOnlyList<double> GroupWeights { get; init; }
    public required string TrainedBy { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    /// <summary>Decisions it learned from, beside the shipped labelled set.</summary>
    public required int Decisions { get; init; }
    public required int HeldOutDecisions { get; init; }
    public int? HeldOutCall { get; init; }
    public required DecisionEvaluation Evaluation { get; init; }
    public required DecisionEvaluation ParentEvaluation { get; init; }
    public required TrainingVerdict Verdict { get; init; }
    public required bool Active { get; init; }
    public string? ActivatedBy { get; init; }
    public DateTimeOffset? ActivatedAt { get; init; }
    /// <summary>The latest rounds that ran with it, newest first.</summary>
    public required IReadOnlyList<long> Rounds { get; init; }
}
