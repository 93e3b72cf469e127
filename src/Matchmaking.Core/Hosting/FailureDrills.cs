namespace Matchmaking.Core.Hosting;

/// <summary>
/// Where a failure drill stops a worker mid-work, so that a test can kill the worker, or its database, at that point: after
/// a round is claimed, before a follow-up commits, after the mail server accepted a message. Production never pauses:
/// Core registers this with every pause zero, and no setting changes it. Only tests register one with pauses: in their
/// own host with <c>ConfigureTestServices</c>, and in a worker process through the test-only drill host
/// (tests/Matchmaking.DrillWorker), which runs this application's own <c>Program</c> with its drills registered.
/// </summary>
public sealed class FailureDrills
{
    public TimeSpan PauseAfterRoundClaim { get; init; }

    public TimeSpan PauseBeforeFollowUpCommit { get; init; }

    public TimeSpan PauseAfterMailSent { get; init; }

    /// <summary>Waits out one of the pauses above; returns at once for a zero pause.</summary>
    internal static Task PauseAsync(TimeSpan pause, TimeProvider time, CancellationToken cancellationToken) =>
        pause > TimeSpan.Zero ? Task.Delay(pause, time, cancellationToken) : Task.CompletedTask;
}
