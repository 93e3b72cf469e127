using System.Globalization;
using Quartz;

namespace Matchmaking.Core.FollowUps;

/// <summary>Runs one follow-up task; recovery is requested so a crashed worker's task runs elsewhere.</summary>
public sealed class FollowUpJob(FollowUpRunner runner) : IJob
{
    public static readonly JobKey Key = new("follow-up", "follow-ups");
    public const string FollowUpIdKey = "follow_up_id";

    public static TriggerKey TriggerKeyFor(long followUpId) => new($"follow-up-{followUpId}", "follow-ups");

    /// <summary>
    /// Each retry is a trigger of its own in the task's own group, so a failing run never replaces the trigger that is
    /// firing it, and cancelling a task removes all of its triggers at once.
    /// </summary>
    public static TriggerKey RetryTriggerKeyFor(long followUpId, string attempt) => new($"attempt-{attempt}", RetryGroupFor(followUpId));

    public static string RetryGroupFor(long followUpId) => $"follow-up-{followUpId}";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = long.Parse(context.MergedJobDataMap.GetString(FollowUpIdKey)!, CultureInfo.InvariantCulture);
        await runner.RunAsync(id, cancellationToken);
    }
}
