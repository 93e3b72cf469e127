namespace Matchmaking.Core.Learning;

/// <summary>The shipped model, the stored versions (newest first) and the latest training requests.</summary>
public sealed record ModelsOverview
{
    public required string ShippedVersion { get; init; }
    /// <summary>True when no stored version is active: rounds run with the shipped (or configured) model.</summary>
    public required bool ShippedActive { get; init; }
    public required IReadOnlyList<long> ShippedRounds { get; init; }
    public required IReadOnlyList<ModelVersionView> Versions { get; init; }
    public required IReadOnlyList<ModelTrainingView> Trainings { get; init; }
}

/// <summary>A request to train a candidate, run as a job: queued, running, completed (with the version it stored) or failed.</summary>
public sealed record ModelTrainingView
{
    public required long Id { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required string Status { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public long? ModelVersionId { get; init; }
    public string? Error { get; init; }
}
