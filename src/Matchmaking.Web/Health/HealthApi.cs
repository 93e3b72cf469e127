using Dapper;
using Matchmaking.Core.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using Quartz;

namespace Matchmaking.Web.Health;

internal static class HealthApi
{
    public sealed record HealthReport(string Status, string Role, ComponentHealth Database, ComponentHealth Scheduler);

    public sealed record ComponentHealth(string Status, string Detail);

    public static void MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithName("Health").WithTags("Health");

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        NpgsqlDataSource dataSource, ISchedulerFactory schedulers, ProcessRole process, TimeProvider time, CancellationToken cancellationToken)
    {
        var role = process.Role;
        var database = await CheckDatabaseAsync(dataSource, cancellationToken);
        var scheduler = database.Status == "up"
            ? await CheckSchedulerAsync(dataSource, schedulers, role, time, cancellationToken)
            : new ComponentHealth("down", "the database is down, so the scheduler's store is unreachable");
        var up = database.Status == "up" && scheduler.Status == "up";
        var report = new HealthReport(up ? "healthy" : "unhealthy", role.ToString().ToLowerInvariant(), database, scheduler);
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
    /// A worker process reports its own scheduler; a web-only process reports whether any worker of the cluster has
    /// checked in recently, since without one no round or follow-up would ever run.
    /// </summary>
    private static async Task<ComponentHealth> CheckSchedulerAsync(
        NpgsqlDataSource dataSource, ISchedulerFactory schedulers, HostRole role, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            if (role.HasFlag(HostRole.Worker))
            {
                var scheduler = await schedulers.GetScheduler(cancellationToken);
                return scheduler.Status == SchedulerStatus.Running
                    ? new ComponentHealth("up", $"running as {scheduler.SchedulerInstanceId}")
                    : new ComponentHealth("down", $"scheduler is {scheduler.Status}");
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var checkins = await connection.QueryAsync<long>(new CommandDefinition(
                "SELECT last_checkin_time FROM qrtz_scheduler_state", cancellationToken: cancellationToken));
            var now = time.GetUtcNow();
            var alive = checkins.Count(ticks => now - QuartzTime.FromStored(ticks) < TimeSpan.FromMinutes(1));
            return alive > 0
                ? new ComponentHealth("up", $"{alive} worker(s) checked in")
                : new ComponentHealth("down", "no worker process has checked in recently");
        }
        catch (Exception e) when (e is NpgsqlException or SchedulerException or InvalidOperationException)
        {
            return new ComponentHealth("down", e.Message);
        }
    }
}
