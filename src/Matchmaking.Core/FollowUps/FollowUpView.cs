namespace Matchmaking.Core.FollowUps;

public sealed record FollowUpView
{
    public required long Id { get; init; }
    public required int CallYear { get; init; }
    public required string Kind { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required FollowUpState State { get; init; }
    public long? ProposalId { get; init; }
    /// <summary>The creative field of the task's pair; null for a task of the whole call (escalation, closing report).</summary>
    public Engine.Domain.CreativeField? Field { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>What the task did, in English (the API's and the exports' text); <see cref="OutcomePhrase"/> says it in the reader's language.</summary>
    public string? Outcome { get; init; }
    /// <summary>Null for a row written before outcomes were phrases: its <see cref="Outcome"/> is shown as written.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Outcomes.Phrase? OutcomePhrase { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    /// <summary>The last failure as a phrase (the exception's own message is one of its arguments); null for older rows.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Outcomes.Phrase? LastErrorPhrase { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    /// <summary>The Hangfire job that wakes the task (shown in the job dashboard at /hangfire/jobs/details/{id}).</summary>
    public string? JobId { get; init; }
}

/// <summary>A task row just recorded, to be handed to <see cref="FollowUpJobs"/> once its transaction has committed.</summary>
public sealed record ScheduledFollowUp(long Id, DateTimeOffset DueAt, int CallYear, long? ProposalId, string Kind)
{
    public string JobTitle(int attempt = 1) => FollowUpDates.JobTitle(Kind, CallYear, ProposalId, attempt);
}
