using Hangfire;
using Matchmaking.Core.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// Syncs the portal (recurring, every <see cref="PortalOptions.Interval"/>, and on request from <c>POST /api/portal/sync</c>). One
/// sync at a time across the workers: a requested sync waits for a running one, then runs too.
/// </summary>
internal sealed class PortalSyncJob(PortalSync sync, IOptions<PortalOptions> options, IRecurringJobManager recurring, ILogger<PortalSyncJob> logger)
{
    [JobDisplayName("Portal sync")]
    [Queue(JobQueues.Default)]
    [DisableConcurrentExecution(600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            // The job storage outlives configuration: a recurring job registered while the portal was enabled may still fire.
            LogMessages.IngestionDisabledJobRemoved(logger, RecurringJobsSetup.PortalSync);
            recurring.RemoveIfExists(RecurringJobsSetup.PortalSync);
            return;
        }

        await sync.RunAsync(cancellationToken);
    }

    /// <summary>Asks the workers for a sync now.</summary>
    public static string RequestNow(IBackgroundJobClient jobs) =>
        jobs.Enqueue<PortalSyncJob>(JobQueues.Default, j => j.RunAsync(CancellationToken.None));
}
