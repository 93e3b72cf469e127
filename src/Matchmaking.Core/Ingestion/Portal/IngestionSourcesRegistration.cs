using Matchmaking.Core.Ingestion.Inbox;
using Matchmaking.Core.Ingestion.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Refit;

// In the Hosting namespace, beside AddMatchmakingCore, so that calling it there takes one line and no using.
namespace Matchmaking.Core.Hosting;

public static class IngestionSourcesRegistration
{
    /// <summary>
    /// The remote applications portal and the inbox folder. Their services are always registered (a recurring job left in the
    /// job storage must still find its class); whether their recurring jobs exist depends on <c>Portal:Enabled</c> and
    /// <c>Inbox:Enabled</c>, read from the bound options when a worker starts (<c>RecurringJobsSetup</c>).
    /// </summary>
    public static IServiceCollection AddMatchmakingIngestionSources(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<PortalResilience>();
        services.AddTransient<PortalResilienceHandler>();
        services.AddRefitGeneratedClient<IPortalApi>(new RefitSettings(new SystemTextJsonContentSerializer(JsonDefaults.Options)))
            .ConfigureHttpClient((provider, http) =>
            {
                var portal = provider.GetRequiredService<IOptions<PortalOptions>>().Value;
                if (portal.BaseUrl is { } baseUrl)
                {
                    // Relative request paths resolve below the base only when it ends with a slash.
                    http.BaseAddress = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
                }

                if (!string.IsNullOrWhiteSpace(portal.ApiKey))
                {
                    http.DefaultRequestHeaders.Authorization = new("Bearer", portal.ApiKey);
                }

                http.DefaultRequestHeaders.Accept.Add(new("application/json"));
                // Each attempt is bounded by the pipeline's timeout and the attempts by the retry count; HttpClient's own
                // 100-second timeout would cut across retries and report a plain cancellation.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler<PortalResilienceHandler>();
        services.AddTransient<PortalClient>();
        services.AddSingleton<PortalSyncState>();
        // Transient with its typed client, so that each sync takes a fresh HttpClient from the factory.
        services.AddTransient<PortalSync>();

        services.AddSingleton<InboxClaims>();
        services.AddSingleton<InboxScanner>();
        return services;
    }
}
