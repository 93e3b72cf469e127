using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>The real host (web and worker roles) on a database of its own.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    /// <summary>
    /// Optional host configuration of a fixture's own (settings such as Smtp:Port, test services), applied after the
    /// defaults below so that it wins. Null for the plain host.
    /// </summary>
    public Action<IWebHostBuilder>? ConfigureHost { get; init; }

    /// <summary>Start on a database with no schema: the host migrates it (and installs Hangfire's tables) itself.</summary>
    public bool EmptyDatabase { get; init; }

    /// <summary>Where the host's database comes from when not the shared test server (a cluster of the test's own).</summary>
    public Func<Task<string>>? CreateDatabase { get; init; }

    public async Task InitializeAsync() => ConnectionString = CreateDatabase is not null
        ? await CreateDatabase()
        : EmptyDatabase
            ? await PostgresServer.CreateEmptyDatabaseAsync("api")
            : await PostgresServer.CreateDatabaseAsync("api");

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the host, then drops its database so that repeated runs do not pile databases up.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString.Length > 0 && CreateDatabase is null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Matchmaking", ConnectionString);
        builder.UseSetting("role", "all");
        // Short polling so that jobs enqueued or due are picked up within a second.
        builder.UseSetting("Jobs:QueuePollInterval", "00:00:00.500");
        builder.UseSetting("Jobs:SchedulePollingInterval", "00:00:01");
        // The suite signs in and imports far more often than a person: the limits get a test of their own.
        builder.UseSetting("RateLimits:SignInsPerWindow", "1000000");
        builder.UseSetting("RateLimits:ImportsPerWindow", "1000000");
        builder.UseEnvironment("Testing");
        ConfigureHost?.Invoke(builder);
    }

    /// <summary>Empties the application's tables (not the reference data, not Hangfire's job storage) before a test.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        // The previous test's background work (a follow-up, the outbox, a re-run) may still hold row locks while it takes the
        // next table's lock, and TRUNCATE takes every table's: PostgreSQL then ends one of the two as a deadlock. When it picks
        // the TRUNCATE, nothing was changed, and once that work commits the TRUNCATE goes through.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.ExecuteAsync("""
                    TRUNCATE notifications, follow_ups, unmatched_applicants, rejected_mentors, proposals, rounds, rejected_records,
                             imports, applicants, mentor_offers, users, audit_log, closing_reports, contacts, calls, model_trainings,
                             model_versions CASCADE
                    """);
                break;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }

        // PostgreSQL's change notice follows in a moment; a test reads right away.
        Services.GetRequiredService<Matchmaking.Core.Changes.ChangeFeed>().Invalidate();
        // The sample year's call, as the secretariat would have created it (imports and rounds need their call).
        await Services.GetRequiredService<Matchmaking.Core.Calls.CallStore>().EnsureAsync(Pairing.SampleProfiles.Year, CancellationToken.None);
    }

    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
