using Matchmaking.Core.Ingestion.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The recurring ingestion jobs to schedule: an interval for each enabled source, null for a disabled one. Quartz is configured
/// while services are registered, before options can be resolved, so this is read from configuration then and handed to
/// <c>SchedulerRegistration</c> as a registered instance (the same way CoreRegistration hands over the TimeProvider).
/// </summary>
internal sealed record IngestionSchedule(TimeSpan? PortalInterval, TimeSpan? InboxInterval)
{
    public static IngestionSchedule From(IConfiguration configuration)
    {
        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var inbox = configuration.GetSection(InboxOptions.Section).Get<InboxOptions>() ?? new InboxOptions();
        return new IngestionSchedule(portal.Enabled ? portal.Interval : null, inbox.Enabled ? inbox.Interval : null);
    }

    public static IngestionSchedule? Find(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(IngestionSchedule))?.ImplementationInstance as IngestionSchedule;
}
