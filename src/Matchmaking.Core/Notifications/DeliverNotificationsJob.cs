using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Delivers the due notifications (recurring, every <see cref="SmtpOptions.PollInterval"/>). Runs overlapping on two workers
/// are harmless: <see cref="NotificationDelivery"/> claims rows with SKIP LOCKED.
/// </summary>
internal sealed class DeliverNotificationsJob(NotificationDelivery delivery)
{
    [JobDisplayName("Deliver notifications")]
    [Queue(JobQueues.Mail)]
    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}
