using Dapper;
using Matchmaking.Core.Database;
using Matchmaking.Core.Hosting;
using Npgsql;

namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of a test's own, to stop and start under the application (the shared test server keeps serving
/// the other tests). Its database is created and migrated for <see cref="AppFactory.CreateDatabase"/>.
/// </summary>
public sealed class RestartableDatabase(string name)
{
    private readonly EmbeddedPostgres _cluster = new(Path.Combine(RepositoryRoot.Find(), ".data", name));
    private string _connectionString = "";

    public Task StopAsync() => _cluster.StopAsync();

    public Task StartAsync() => _cluster.StartAsync("postgres");

    /// <summary>A fresh, migrated database on the cluster; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var admin = await _cluster.StartAsync("postgres");
        var database = $"mm_restart_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync($"CREATE DATABASE \"{database}\"");
        }

        _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        await DatabaseSetup.PrepareAsync(dataSource, CancellationToken.None);
        return _connectionString;
    }

    /// <summary>The test's own reads do not pool: a pooled connection would die with the server and fail the first read after.</summary>
    public async Task<NpgsqlConnection> OpenUnpooledAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenUnpooledAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    public static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Eventually.UntilAsync(condition, what);
}
