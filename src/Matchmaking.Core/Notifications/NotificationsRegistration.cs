using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matchmaking.Core.Notifications;

internal static class NotificationsRegistration
{
    /// <summary>Outbox delivery over SMTP; the recurring job itself is registered by RecurringJobsSetup on workers.</summary>
    public static IServiceCollection AddMatchmakingNotifications(this IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Tests register a backoff with a fixed random source after this, which wins.
        services.TryAddSingleton(DeliveryBackoff.Shared);
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<UnrecordedOutcomes>();
        services.AddSingleton<NotificationDelivery>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<ContactStore>();
        return services;
    }
}
