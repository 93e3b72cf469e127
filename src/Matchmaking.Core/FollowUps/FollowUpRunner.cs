using Dapper;
using Matchmaking.Core.Jobs;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Carries out a follow-up exactly once: the task row is locked, its effects (notifications with idempotency keys, state
/// changes) and its new state are written in one transaction, and a task that is no longer scheduled is left alone. A
/// failure is retried with exponential backoff and jitter (a new wake-up at the retry's time), then dead-lettered; the
/// dead-lettering run fails its Hangfire job too, so the task shows among the dashboard's failed jobs.
/// </summary>
public sealed class FollowUpRunner(
    NpgsqlDataSource dataSource, FollowUpActions actions, FollowUpJobs jobs, IOptions<LifecycleOptions> options,
    Hosting.FailureDrills drills, TimeProvider time, ILogger<FollowUpRunner> logger)
{
    /// <summary>Jitter source; tests replace it to make the delays exact.</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    /// <param name="jobId">The Hangfire job that woke the task; null when called directly.</param>
    public async Task RunAsync(long id, string? jobId, CancellationToken cancellationToken)
    {
        Exception error;
        try
        {
            await RunOnceAsync(id, jobId, cancellationToken);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e;
        }

        Failure failure;
        try
        {
            failure = await RecordFailureAsync(id, error, cancellationToken);
        }
        catch (Exception e) when (StorageUnavailableException.IsTransient(e))
        {
            // Neither the work nor its failure could be written: Hangfire wakes this job again once the database is back.
            throw new StorageUnavailableException($"Follow-up {id}: the database is unreachable ({e.Message}).", e);
        }

        if (failure.RetryAt is { } retryAt)
        {
            await jobs.WakeAsync(id, failure.Title, retryAt, cancellationToken);
            LogMessages.FollowUpRetrying(logger, error, id, failure.Attempts, retryAt);
            return;
        }

        LogMessages.FollowUpDeadLettered(logger, error, id, failure.Attempts);
        throw new FollowUpDeadLetteredException(id, failure.Attempts, error);
    }

    private async Task RunOnceAsync(long id, string? jobId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var task = await connection.QuerySingleOrDefaultAsync<FollowUpTask>(new CommandDefinition("""
            SELECT f.id, f.call_year, f.kind, f.state, f.idempotency_key, f.job_id, f.proposal_id, p.status AS proposal_status,
                   p.applicant_id, p.mentor_id, p.creative_field, p.decided_by, p.reoffered, a.city AS applicant_city, m.city AS mentor_city,
                   m.country_code AS mentor_country, c.partnership_deadline, c.application_deadline
            FROM follow_ups f
            LEFT JOIN calls c ON c.year = f.call_year
            LEFT JOIN proposals p ON p.id = f.proposal_id
            LEFT JOIN applicants a ON a.call_year = p.call_year AND a.id = p.applicant_id
            LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
            WHERE f.id = @id FOR UPDATE OF f
            """, new { id }, transaction, cancellationToken: cancellationToken));
        if (task is null || !FollowUpStates.TryParse(task.State, out var state) || !FollowUpStates.Runnable.Contains(state))
        {
            LogMessages.FollowUpAlreadyDone(logger, id, task?.State ?? "missing");
            return;
        }

        if (jobId is not null && task.JobId is not null && task.JobId != jobId)
        {
            // An old wake-up (the task's date moved, or a retry replaced it): the task's current job will run it.
            LogMessages.FollowUpStaleWakeUp(logger, id, jobId, task.JobId);
            return;
        }

        var plan = await actions.CarryOutAsync(task, connection, transaction, now, cancellationToken);
        await Hosting.FailureDrills.PauseAsync(drills.PauseBeforeFollowUpCommit, time, cancellationToken);
        var outcome = plan.Outcome.InEnglish();

        foreach (var message in plan.Messages)
        {
            await Notifications.OutboxWriter.AddAsync(connection, transaction, message, id, now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE follow_ups SET state = @state, completed_at = @now, outcome = @outcome, outcome_phrase = CAST(@phrase AS jsonb),
                   attempts = attempts + 1, next_attempt_at = NULL
            WHERE id = @id
            """, new { id, state = plan.State.Code(), now, outcome, phrase = PhraseJson.Serialize(plan.Outcome) }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogMessages.FollowUpRan(logger, id, task.Kind, outcome);
    }

    private async Task<Failure> RecordFailureAsync(long id, Exception error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(int Attempts, int CallYear, long? ProposalId, string Kind)>(new CommandDefinition(
            "SELECT attempts, call_year, proposal_id, kind FROM follow_ups WHERE id = @id FOR UPDATE", new { id }, transaction,
            cancellationToken: cancellationToken));
        var attempts = row.Attempts + 1;
        var dead = attempts >= options.Value.MaxAttempts;
        // "Equal jitter": the second half of the window, so a task is never retried at once.
        DateTimeOffset? retryAt = dead
            ? null
            : now + Backoff.Delay(attempts, options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, 0.5 + (Jitter() / 2));
        // The retry's wake-up is created after this commit; until then job_requested_at lets the sweep catch a lost one.
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE follow_ups SET attempts = @attempts, last_error = @message, last_error_phrase = CAST(@phrase AS jsonb),
                next_attempt_at = @retryAt,
                state = CASE WHEN @dead THEN 'dead_lettered' ELSE state END,
                completed_at = CASE WHEN @dead THEN @now ELSE completed_at END,
                job_requested_at = CASE WHEN @dead THEN NULL ELSE @now END
            WHERE id = @id
            """, new
            {
                id, attempts, message = error.Message, retryAt = retryAt?.ToUniversalTime(), dead, now,
                // The exception's own message is technical and stays as it is; the sentence around it is said in the reader's language.
                phrase = PhraseJson.Serialize(new Phrase("follow_up_attempt_failed", error.Message)),
            }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new Failure(attempts, retryAt, FollowUpDates.JobTitle(row.Kind, row.CallYear, row.ProposalId, attempts + 1));
    }

    private sealed record Failure(int Attempts, DateTimeOffset? RetryAt, string Title);
}
