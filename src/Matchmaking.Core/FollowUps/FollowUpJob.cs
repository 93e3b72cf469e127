using System.Globalization;
using Quartz;

namespace Matchmaking.Core.FollowUps;

/// <summary>Runs one follow-up task; recovery is requested so a crashed worker's task runs elsewhere.</summary>
public sealed class FollowUpJob(FollowUpRunner runner) : IJob
{
    public static readonly JobKey Key = new("follow-up", "follow-ups");
    public const string FollowUpIdKey = "follow_up_id";

    public static TriggerKey TriggerKeyFor(long followUpId) => new($"follow-up-{followUpId}", "follow-ups");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = long.Parse(context.MergedJobDataMap.GetString(FollowUpIdKey)!, CultureInfo.InvariantCulture);
        await runner.RunAsync(id, cancellationToken);
    }
}
