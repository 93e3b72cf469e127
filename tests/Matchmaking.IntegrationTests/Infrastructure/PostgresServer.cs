using Matchmaking.Core.Database;
using Matchmaking.Core.Hosting;
using Npgsql;

namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL the tests use: the one named by MATCHMAKING_TEST_CONNECTION, or else a private cluster started
/// from the machine's binaries under the repository's ignored .data/ folder (shared by every test in the run).
/// </summary>
public static class PostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnectionString;

    /// <summary>A connection string to a fresh, migrated database of its own.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var connectionString = await CreateEmptyDatabaseAsync(purpose);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await DatabaseSetup.PrepareAsync(dataSource, CancellationToken.None);
        return connectionString;
    }

    /// <summary>A connection string to a fresh database with no schema at all, as a first deployment finds it.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string purpose)
    {
        var admin = await AdminConnectionStringAsync();
        var name = $"mm_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a test database even while a host still holds connections to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> AdminConnectionStringAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_adminConnectionString is null)
            {
                var given = Environment.GetEnvironmentVariable("MATCHMAKING_TEST_CONNECTION");
                _adminConnectionString = !string.IsNullOrWhiteSpace(given)
                    ? given
                    : await new EmbeddedPostgres(Path.Combine(RepositoryRoot.Find(), ".data", "postgres-test")).StartAsync("postgres");
            }

            return _adminConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }
}
