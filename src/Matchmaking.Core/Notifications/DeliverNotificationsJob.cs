using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Delivers the due notifications every <see cref="SmtpOptions.PollInterval"/>. One run at a time in the cluster; the
/// row locks in <see cref="NotificationDelivery"/> would keep concurrent runs apart anyway, this just saves the work.
/// No recovery is requested: a run lost with its worker is simply the next poll's work.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliverNotificationsJob(NotificationDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("deliver-notifications", "notifications");
    public static readonly TriggerKey TriggerKey = new("deliver-notifications", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await delivery.DeliverDueAsync(cancellationToken);
}

internal static class DeliverNotificationsJobRegistration
{
    /// <summary>The recurring delivery job; its interval is read from the bound <see cref="SmtpOptions"/>.</summary>
    public static IQuartzBuilder AddNotificationDelivery(this IQuartzBuilder quartz) => quartz
        .AddJob<DeliverNotificationsJob>(j => j.WithIdentity(DeliverNotificationsJob.Key).StoreDurably())
        .AddTrigger((services, t) => t
            .WithIdentity(DeliverNotificationsJob.TriggerKey)
            .ForJob(DeliverNotificationsJob.Key)
            .StartNow()
            // Polls missed while every worker was down are not made up: the next one delivers everything due.
            .WithSimpleSchedule(s => s
                .WithInterval(services.GetRequiredService<IOptions<SmtpOptions>>().Value.PollInterval)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
}
