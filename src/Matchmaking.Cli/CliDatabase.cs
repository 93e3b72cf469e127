using Matchmaking.Core.Database;
using Matchmaking.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Matchmaking.Cli;

/// <summary>The same database as the service: ConnectionStrings__Matchmaking, or the embedded default of this checkout.</summary>
internal static class CliDatabase
{
    public static async Task<NpgsqlDataSource> OpenAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var connectionString = configuration.GetConnectionString("Matchmaking");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var folder = Path.Combine(RepositoryRoot.Find(), configuration["Database:EmbeddedDirectory"] ?? ".data/postgres");
            connectionString = await new EmbeddedPostgres(folder, m => log.WriteLine(m)).StartAsync(cancellationToken: cancellationToken);
        }

        var dataSource = NpgsqlDataSource.Create(connectionString);
        await DatabaseSetup.PrepareAsync(dataSource, cancellationToken);
        return dataSource;
    }
}
