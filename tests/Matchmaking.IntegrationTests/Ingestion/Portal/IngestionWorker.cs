using Matchmaking.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>
/// A worker's services without its host: the real registration (AddMatchmakingCore, ingestion sources included) on a test
/// database, so a test calls a sync or a scan directly, and two of them act as two workers. Quartz is registered, not started.
/// </summary>
internal sealed class IngestionWorker : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public IngestionWorker(string connectionString, IReadOnlyDictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddMatchmakingCore(connectionString, HostRole.Web);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
