using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.FollowUps;

/// <summary>The coordinators' weekly digest (recurring, cron in Europe/Paris); one digest per coordinator and week whatever fires it.</summary>
public sealed class DigestJob(DigestService digests)
{
    [JobDisplayName("Weekly digest for the coordinators")]
    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(600)]
    public Task RunAsync(CancellationToken cancellationToken) => digests.SendAsync(cancellationToken);
}
