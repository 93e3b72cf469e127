using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Matchmaking.Core.Database;

/// <summary>
/// Migrates and loads reference data when the host starts, before the scheduler (registered after it) starts.
/// Running as a hosted service means the test host (WebApplicationFactory) migrates exactly like the real one.
/// </summary>
public sealed class DatabaseInitializer(NpgsqlDataSource dataSource) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseSetup.PrepareAsync(dataSource, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
