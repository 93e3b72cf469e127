using Hangfire;
using Hangfire.Server;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Wakes <see cref="FollowUpRunner"/> for one task at its due time (or a retry's). The title is only for the dashboard
/// ("Mentor reminder, proposal 34"); the task row says what to do and whether it is still to be done.
/// </summary>
public sealed class FollowUpJob(FollowUpRunner runner)
{
    [JobDisplayName("{1}")]
    [Queue(JobQueues.Default)]
    public Task RunAsync(long followUpId, string title, PerformContext? context, CancellationToken cancellationToken) =>
        runner.RunAsync(followUpId, context?.BackgroundJob.Id, cancellationToken);
}
