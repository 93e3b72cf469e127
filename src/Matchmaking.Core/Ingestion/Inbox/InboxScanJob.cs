using Hangfire;
using Matchmaking.Core.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>
/// Scans the inbox (recurring, every <see cref="InboxOptions.Interval"/>). One scan at a time across the workers; anything else
/// sharing the folder is kept apart by the claims in the database.
/// </summary>
internal sealed class InboxScanJob(InboxScanner scanner, IOptions<InboxOptions> options, IRecurringJobManager recurring, ILogger<InboxScanJob> logger)
{
    [JobDisplayName("Inbox scan")]
    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            LogMessages.IngestionDisabledJobRemoved(logger, RecurringJobsSetup.InboxScan);
            recurring.RemoveIfExists(RecurringJobsSetup.InboxScan);
            return;
        }

        await scanner.ScanAsync(cancellationToken);
    }
}
