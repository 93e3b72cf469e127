using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Core.Rounds;

public sealed record RoundView
{
    public required long Id { get; init; }
    public required int CallYear { get; init; }
    public required string Status { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public string? ModelVersion { get; init; }
    public required RoundCounts Counts { get; init; }
    public IReadOnlyList<FieldFeasibility> Feasibility { get; init; } = [];
    public string? Error { get; init; }
    /// <summary>Null for a round of the whole call; a field for a re-run after a decline or an expiry.</summary>
    public CreativeField? Field { get; init; }
    public string Reason { get; init; } = "requested";
    /// <summary>The Hangfire job that runs the round (the job dashboard's /hangfire/jobs/details/{id}).</summary>
    public string? JobId { get; init; }
    /// <summary>The job server (worker) that ran, or is running, the round.</summary>
    public string? RunBy { get; init; }
}

public sealed record RoundCounts
{
    public int? Applicants { get; init; }
    public int? Mentors { get; init; }
    public int? Proposals { get; init; }
    public int? Unmatched { get; init; }
    public int? RejectedMentors { get; init; }
}
