using Dapper;
using Hangfire;
using Matchmaking.Core.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// The Hangfire side of follow-ups: one job wakes a task at its due time (or a retry at its time), and the row records which
/// job that is. Called after the row's transaction has committed, so a job never wakes a row that is not there yet; a
/// process that dies in between leaves the row without a job, and the sweep gives it one.
/// </summary>
public sealed class FollowUpJobs(
    NpgsqlDataSource dataSource, IBackgroundJobClient jobs, TimeProvider time, IOptions<JobsOptions> options, ILogger<FollowUpJobs> logger)
{
    /// <summary>Gives each task a wake-up; with <paramref name="replace"/>, a task that has one gets a new one (its date moved).</summary>
    public async Task ScheduleAsync(IReadOnlyList<ScheduledFollowUp> followUps, CancellationToken cancellationToken, bool replace = false)
    {
        foreach (var followUp in followUps)
        {
            var current = await CurrentJobAsync(followUp.Id, cancellationToken);
            if (current is not null && !replace)
            {
                continue;
            }

            await WakeAsync(followUp.Id, followUp.JobTitle(), followUp.DueAt, cancellationToken);
            if (current is not null)
            {
                // After the row names the new job: the old one, should it still fire, is ignored by the runner, and its
                // deletion is not mistaken for a cancellation (FollowUpJobStateSync).
                jobs.Delete(current);
            }
        }
    }

    /// <summary>Creates the job that wakes a task at <paramref name="at"/> (at once when that is past) and records it on the row.</summary>
    public async Task<string> WakeAsync(long id, string title, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var jobId = at <= time.GetUtcNow()
            ? jobs.Enqueue<FollowUpJob>(j => j.RunAsync(id, title, null, CancellationToken.None))
            : jobs.Schedule<FollowUpJob>(j => j.RunAsync(id, title, null, CancellationToken.None), at);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE follow_ups SET job_id = @jobId, job_requested_at = NULL WHERE id = @id", new { id, jobId },
            cancellationToken: cancellationToken));
        return jobId;
    }

    /// <summary>Runs a task's current job again now (the dashboard's "Requeue"); false when Hangfire no longer has it.</summary>
    public bool Requeue(string jobId) => jobs.Requeue(jobId);

    public void Delete(string jobId) => jobs.Delete(jobId);

    /// <summary>Scheduled tasks left without a wake-up for longer than the grace time get one, at their due or retry time.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var orphans = (await connection.QueryAsync<Orphan>(new CommandDefinition("""
            SELECT id, call_year, proposal_id, kind, coalesce(next_attempt_at, due_at) AS wake_at, attempts
            FROM follow_ups
            WHERE state = 'scheduled' AND job_id IS NULL AND job_requested_at < @before
            ORDER BY id LIMIT 500
            """, new { before = now - options.Value.SweepGrace }, cancellationToken: cancellationToken))).AsList();
        foreach (var orphan in orphans)
        {
            await WakeAsync(orphan.Id, FollowUpDates.JobTitle(orphan.Kind, orphan.CallYear, orphan.ProposalId, orphan.Attempts + 1),
                orphan.WakeAt, cancellationToken);
        }

        if (orphans.Count > 0)
        {
            LogMessages.FollowUpsSwept(logger, orphans.Count);
        }

        return orphans.Count;
    }

    private async Task<string?> CurrentJobAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT job_id FROM follow_ups WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    private sealed class Orphan
    {
        public long Id { get; init; }
        public int CallYear { get; init; }
        public long? ProposalId { get; init; }
        public string Kind { get; init; } = "";
        public DateTimeOffset WakeAt { get; init; }
        public int Attempts { get; init; }
    }
}
