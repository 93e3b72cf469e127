using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.FollowUps;

/// <summary>Every minute: schedules the tasks whose wake-up was never recorded (see <see cref="FollowUpJobs.SweepAsync"/>).</summary>
public sealed class FollowUpSweepJob(FollowUpJobs jobs)
{
    [JobDisplayName("Follow-up sweep: tasks without a wake-up")]
    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(60)]
    public Task RunAsync(CancellationToken cancellationToken) => jobs.SweepAsync(cancellationToken);
}
