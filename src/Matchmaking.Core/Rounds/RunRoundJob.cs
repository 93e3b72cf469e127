using System.Globalization;
using Quartz;

namespace Matchmaking.Core.Rounds;

/// <summary>
/// Runs one pairing round. Recovery is requested: if the worker dies mid-round, another worker of the cluster runs
/// it again, and <see cref="RoundRunner"/> makes a second run a no-op once the round has completed.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RunRoundJob(RoundRunner runner) : IJob
{
    public static readonly JobKey Key = new("run-round", "rounds");
    public const string RoundIdKey = "round_id";

    public static TriggerKey TriggerKeyFor(long roundId) => new($"round-{roundId}", "rounds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var id = long.Parse(context.MergedJobDataMap.GetString(RoundIdKey)!, CultureInfo.InvariantCulture);
        await runner.RunAsync(id, context.Scheduler.SchedulerInstanceId, cancellationToken);
    }
}
