using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// Syncs the portal on a recurring trigger (every <see cref="PortalOptions.Interval"/>, starting when a worker starts) and on
/// one-off triggers from <c>POST /api/portal/sync</c>. One sync at a time across the cluster: Quartz blocks the job's other
/// triggers while it runs, so a requested sync waits for a running one and then runs too.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class PortalSyncJob(PortalSync sync, IOptions<PortalOptions> options, ILogger<PortalSyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("portal-sync", "ingestion");
    public static readonly TriggerKey RecurringTriggerKey = new("portal-sync-recurring", "ingestion");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            // The store outlives configuration: a trigger scheduled while the portal was enabled still fires after it is not.
            LogMessages.IngestionDisabledTriggerRemoved(logger, context.Trigger.Key.ToString());
            await context.Scheduler.UnscheduleJob(context.Trigger.Key, cancellationToken);
            return;
        }

        await sync.RunAsync(cancellationToken);
    }

    /// <summary>Asks the cluster for a sync now; a worker runs it (after any sync already running).</summary>
    public static async Task<TriggerKey> RequestNowAsync(
        ISchedulerFactory schedulers, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = new TriggerKey($"portal-sync-now-{Guid.NewGuid():N}", "ingestion");
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(Key)
            .StartAt(time.GetUtcNow())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(trigger, default, cancellationToken);
        return key;
    }

    /// <summary>The recurring trigger: first run when the scheduler starts, then every interval; missed runs become one run now.</summary>
    internal static void Recurring(ITriggerConfigurator<PortalSyncJob> trigger, TimeSpan interval) => trigger
        .WithIdentity(RecurringTriggerKey)
        .ForJob(Key)
        .StartNow()
        .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount));
}
