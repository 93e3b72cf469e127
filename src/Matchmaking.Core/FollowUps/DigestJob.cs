using Quartz;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// The coordinators' weekly digest, on a cron trigger in Europe/Paris time. Misfire policy: fire once and proceed, so a
/// digest missed while every worker was down goes out once when one comes back, not once per missed week.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestService digests) : IJob
{
    public static readonly JobKey Key = new("digest", "follow-ups");
    public static readonly TriggerKey TriggerKey = new("weekly-digest", "follow-ups");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await digests.SendAsync(cancellationToken);
}
