namespace Matchmaking.Core.FollowUps;

/// <summary>Where a follow-up task stands. Stored, shown and sent as snake_case (<c>dead_lettered</c>).</summary>
public enum FollowUpState
{
    /// <summary>Waiting for its due time, or for its next attempt after a failure.</summary>
    Scheduled,
    Running,
    Done,
    /// <summary>Ran and found nothing to do (the pair was already established or declined), or fell due before the call existed.</summary>
    Skipped,
    Failed,
    Cancelled,
    /// <summary>Failed every attempt; waits for the secretariat to retry or cancel it.</summary>
    DeadLettered,
}

public static class FollowUpStates
{
    /// <summary>States in which a wake-up still has work to do.</summary>
    public static readonly IReadOnlyList<FollowUpState> Runnable = [FollowUpState.Scheduled, FollowUpState.Running];

    /// <summary>States the secretariat can retry from.</summary>
    public static readonly IReadOnlyList<FollowUpState> Retriable = [FollowUpState.DeadLettered, FollowUpState.Failed, FollowUpState.Cancelled];

    /// <summary>States the secretariat can cancel from.</summary>
    public static readonly IReadOnlyList<FollowUpState> Cancellable = [FollowUpState.Scheduled, FollowUpState.DeadLettered, FollowUpState.Failed];

    public static string Code(this FollowUpState state) => state switch
    {
        FollowUpState.Scheduled => "scheduled",
        FollowUpState.Running => "running",
        FollowUpState.Done => "done",
        FollowUpState.Skipped => "skipped",
        FollowUpState.Failed => "failed",
        FollowUpState.Cancelled => "cancelled",
        FollowUpState.DeadLettered => "dead_lettered",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static IReadOnlyList<FollowUpState> All { get; } = Enum.GetValues<FollowUpState>();

    public static FollowUpState Parse(string code) =>
        TryParse(code, out var state) ? state : throw new FormatException($"Unknown follow-up state '{code}'.");

    public static bool TryParse(string? code, out FollowUpState state)
    {
        foreach (var candidate in All)
        {
            if (candidate.Code() == code)
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    /// <summary>The codes of several states, as a SQL parameter (<c>state = ANY(@codes)</c>).</summary>
    public static string[] Codes(this IEnumerable<FollowUpState> states) => states.Select(Code).ToArray();
}
