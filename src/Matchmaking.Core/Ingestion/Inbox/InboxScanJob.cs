using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>
/// Scans the inbox every <see cref="InboxOptions.Interval"/>. Quartz runs one scan at a time within a cluster; workers of
/// different clusters (or anything else) sharing the folder are kept apart by the claims in the database.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class InboxScanJob(InboxScanner scanner, IOptions<InboxOptions> options, ILogger<InboxScanJob> logger) : IJob
{
    public static readonly JobKey Key = new("inbox-scan", "ingestion");
    public static readonly TriggerKey RecurringTriggerKey = new("inbox-scan-recurring", "ingestion");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            // The store outlives configuration: a trigger scheduled while the inbox was enabled still fires after it is not.
            LogMessages.IngestionDisabledTriggerRemoved(logger, context.Trigger.Key.ToString());
            await context.Scheduler.UnscheduleJob(context.Trigger.Key, cancellationToken);
            return;
        }

        await scanner.ScanAsync(cancellationToken);
    }

    internal static void Recurring(ITriggerConfigurator<InboxScanJob> trigger, TimeSpan interval) => trigger
        .WithIdentity(RecurringTriggerKey)
        .ForJob(Key)
        .StartNow()
        .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
            .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount));
}
