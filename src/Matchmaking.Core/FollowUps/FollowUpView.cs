namespace Matchmaking.Core.FollowUps;

public sealed record FollowUpView
{
    public required long Id { get; init; }
    public required int CallYear { get; init; }
    public required string Kind { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    /// <summary>scheduled, running, done, skipped, failed, cancelled or dead_lettered.</summary>
    public required string State { get; init; }
    public long? ProposalId { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? Outcome { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public required string QuartzTrigger { get; init; }
}

public sealed record ScheduledFollowUp(long Id, DateTimeOffset DueAt);
