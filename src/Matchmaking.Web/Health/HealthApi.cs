using Dapper;
using Hangfire;
using Matchmaking.Core.Hosting;
using Matchmaking.Core.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Web.Health;

internal static class HealthApi
{
    public sealed record HealthReport(string Status, string Role, ComponentHealth Database, JobsHealth Jobs);

    public sealed record ComponentHealth(string Status, string Detail);

    /// <summary>The job storage and the job servers alive in it (from Hangfire's monitoring API).</summary>
    public sealed record JobsHealth(string Status, string Detail, IReadOnlyList<JobServerView> Servers);

    public sealed record JobServerView(string Name, IReadOnlyList<string> Queues, int Workers, DateTimeOffset? Heartbeat);

    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithName("Health").WithTags("Health");

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        NpgsqlDataSource dataSource, JobStorage storage, WorkerIdentity worker, IOptions<JobsOptions> options, ProcessRole process,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var role = process.Role;
        var database = await CheckDatabaseAsync(dataSource, cancellationToken);
        var jobs = database.Status == "up"
            ? CheckJobs(storage, worker, options.Value, role, time)
            : new JobsHealth("down", "the database is down, so the job storage is unreachable", []);
        var up = database.Status == "up" && jobs.Status == "up";
        var report = new HealthReport(up ? "healthy" : "unhealthy", role.ToString().ToLowerInvariant(), database, jobs);
        return up ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<ComponentHealth> CheckDatabaseAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var version = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT coalesce(max(version), 0) FROM schema_migrations", cancellationToken: cancellationToken));
            return new ComponentHealth("up", $"schema version {version}");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new ComponentHealth("down", e.Message);
        }
    }

    /// <summary>
    /// Every process needs the job storage (a web-only one to enqueue rounds and tasks). A worker is healthy only while its own
    /// server is alive among the job servers; a web-only process is healthy without any worker (what it queues waits for one),
    /// and reports how many are alive.
    /// </summary>
    private static JobsHealth CheckJobs(JobStorage storage, WorkerIdentity worker, JobsOptions options, HostRole role, TimeProvider time)
    {
        try
        {
            var now = time.GetUtcNow();
            var servers = storage.GetMonitoringApi().Servers()
                .Select(s => new JobServerView(s.Name, s.Queues.ToList(), s.WorkersCount,
                    s.Heartbeat is { } beat ? new DateTimeOffset(DateTime.SpecifyKind(beat, DateTimeKind.Utc)) : null))
                .Where(s => s.Heartbeat is { } beat && now - beat < options.ServerTimeout)
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToList();
            if (role.HasFlag(HostRole.Worker))
            {
                // Hangfire names a server "{ServerName}:{process}:{random id}". A stopped or hung server stops beating at once;
                // three missed heartbeats say so long before the servers list drops it.
                var mine = servers.Any(s => s.Name.StartsWith(worker.Name + ":", StringComparison.Ordinal)
                    && now - s.Heartbeat!.Value < options.HeartbeatInterval * 3);
                return mine
                    ? new JobsHealth("up", $"job server {worker.Name} is running; {servers.Count} alive", servers)
                    : new JobsHealth("down", $"job server {worker.Name} is not running", servers);
            }

            return new JobsHealth("up", servers.Count == 0
                ? "job storage reachable; no worker is alive yet, so queued jobs wait for one"
                : $"job storage reachable; {servers.Count} job server(s) alive", servers);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new JobsHealth("down", e.Message, []);
        }
    }
}
