using Hangfire;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Ingestion.Inbox;
using Matchmaking.Core.Ingestion.Portal;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Jobs;

/// <summary>
/// Registers the recurring jobs when a worker starts, from its configuration, and removes those whose source is switched off.
/// Cron in Europe/Paris. Misfire policies (what happens to runs that fell due while every worker was down):
/// <list type="bullet">
/// <item>mail delivery and the follow-up sweep: <see cref="MisfireHandlingMode.Ignorable"/>; the next run does everything due;</item>
/// <item>inbox scan, portal sync, weekly digest: <see cref="MisfireHandlingMode.Relaxed"/>; one catch-up run at once, not one per
/// missed occurrence (one digest, not one per missed week).</item>
/// </list>
/// The inbox scan and the portal sync also run once when a worker starts, so a restarted worker catches up at once.
/// </summary>
internal sealed class RecurringJobsSetup(
    IRecurringJobManager recurring, IOptions<SmtpOptions> smtp, IOptions<PortalOptions> portal, IOptions<InboxOptions> inbox,
    IOptions<LifecycleOptions> lifecycle) : IHostedService
{
    public const string Delivery = "deliver-notifications";
    public const string Sweep = "follow-up-sweep";
    public const string Digest = "weekly-digest";
    public const string PortalSync = "portal-sync";
    public const string InboxScan = "inbox-scan";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var paris = CallSchedule.ParisTimeZone();
        RecurringJobOptions Options(MisfireHandlingMode misfire) => new() { TimeZone = paris, MisfireHandling = misfire };

        recurring.AddOrUpdate<FollowUpSweepJob>(Sweep, JobQueues.Default, j => j.RunAsync(CancellationToken.None),
            "0 * * * * *", Options(MisfireHandlingMode.Ignorable));
        recurring.AddOrUpdate<DigestJob>(Digest, JobQueues.Default, j => j.RunAsync(CancellationToken.None),
            lifecycle.Value.DigestCron, Options(MisfireHandlingMode.Relaxed));
        Toggle(smtp.Value.Enabled, Delivery, () => recurring.AddOrUpdate<DeliverNotificationsJob>(Delivery, JobQueues.Mail,
            j => j.RunAsync(CancellationToken.None), CronInterval.For(smtp.Value.PollInterval), Options(MisfireHandlingMode.Ignorable)));
        Toggle(portal.Value.Enabled, PortalSync, () => recurring.AddOrUpdate<PortalSyncJob>(PortalSync, JobQueues.Default,
            j => j.RunAsync(CancellationToken.None), CronInterval.For(portal.Value.Interval), Options(MisfireHandlingMode.Relaxed)), runAtStart: true);
        Toggle(inbox.Value.Enabled, InboxScan, () => recurring.AddOrUpdate<InboxScanJob>(InboxScan, JobQueues.Default,
            j => j.RunAsync(CancellationToken.None), CronInterval.For(inbox.Value.Interval), Options(MisfireHandlingMode.Relaxed)), runAtStart: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Toggle(bool enabled, string id, Action register, bool runAtStart = false)
    {
        if (enabled)
        {
            register();
            if (runAtStart)
            {
                recurring.Trigger(id);
            }
        }
        else
        {
            recurring.RemoveIfExists(id);
        }
    }
}
