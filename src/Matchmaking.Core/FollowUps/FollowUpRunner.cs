using System.Globalization;
using Dapper;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Carries out a follow-up exactly once: the task row is locked, its effects (notifications with idempotency keys, state
/// changes) and its new state are written in one transaction, and a task that is no longer scheduled is left alone. A
/// failure is retried with exponential backoff and jitter, then dead-lettered.
/// </summary>
public sealed class FollowUpRunner(
    NpgsqlDataSource dataSource, FollowUpActions actions, FollowUpScheduler scheduler, IOptions<LifecycleOptions> options,
    TimeProvider time, ILogger<FollowUpRunner> logger)
{
    /// <summary>Jitter source; tests replace it to make the delays exact.</summary>
    internal Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    public async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            await RunOnceAsync(id, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await RecordFailureAsync(id, e, cancellationToken);
        }
    }

    private async Task RunOnceAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var task = await connection.QuerySingleOrDefaultAsync<FollowUpTask>(new CommandDefinition("""
            SELECT f.id, f.call_year, f.kind, f.state, f.idempotency_key, f.proposal_id, p.status AS proposal_status, p.applicant_id,
                   p.mentor_id, p.creative_field, a.city AS applicant_city, m.city AS mentor_city, m.country_code AS mentor_country
            FROM follow_ups f
            LEFT JOIN proposals p ON p.id = f.proposal_id
            LEFT JOIN applicants a ON a.call_year = p.call_year AND a.id = p.applicant_id
            LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
            WHERE f.id = @id FOR UPDATE OF f
            """, new { id }, transaction, cancellationToken: cancellationToken));
        if (task is null || task.State is not ("scheduled" or "running"))
        {
            LogMessages.FollowUpAlreadyDone(logger, id, task?.State ?? "missing");
            return;
        }

        var plan = await actions.CarryOutAsync(task, connection, transaction, now, cancellationToken);
        foreach (var message in plan.Messages)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO notifications (follow_up_id, idempotency_key, recipient, subject, body, created_at)
                VALUES (@id, @Key, @Recipient, @Subject, @Body, @now)
                ON CONFLICT (idempotency_key) DO NOTHING
                """, new { id, message.Key, message.Recipient, message.Subject, message.Body, now }, transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE follow_ups SET state = @State, completed_at = @now, outcome = @Outcome, attempts = attempts + 1, next_attempt_at = NULL
            WHERE id = @id
            """, new { id, plan.State, now, plan.Outcome }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogMessages.FollowUpRan(logger, id, task.Kind, plan.Outcome);
    }

    private async Task RecordFailureAsync(long id, Exception error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int attempts;
        DateTimeOffset? retryAt;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            attempts = 1 + await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT attempts FROM follow_ups WHERE id = @id FOR UPDATE", new { id }, transaction, cancellationToken: cancellationToken));
            var dead = attempts >= options.Value.MaxAttempts;
            // "Equal jitter": the second half of the window, so a task is never retried at once.
            retryAt = dead ? null : now + Backoff.Delay(attempts, options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, 0.5 + (Jitter() / 2));
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE follow_ups SET attempts = @attempts, last_error = @message, next_attempt_at = @retryAt,
                    state = CASE WHEN @dead THEN 'dead_lettered' ELSE state END,
                    completed_at = CASE WHEN @dead THEN @now ELSE completed_at END
                WHERE id = @id
                """, new { id, attempts, message = error.Message, retryAt = retryAt?.ToUniversalTime(), dead, now }, transaction,
                cancellationToken: cancellationToken));
            if (retryAt is not null)
            {
                // Scheduled before the commit, so the row never says "retrying" without a trigger to do it; a trigger
                // whose row did not commit only runs a task that is still scheduled, which is harmless.
                await scheduler.ScheduleRetryAsync(id, attempts.ToString(CultureInfo.InvariantCulture), retryAt.Value, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (retryAt is null)
        {
            LogMessages.FollowUpDeadLettered(logger, error, id, attempts);
            return;
        }

        LogMessages.FollowUpRetrying(logger, error, id, attempts, retryAt.Value);
    }
}

public sealed class FollowUpTask
{
    public long Id { get; init; }
    public int CallYear { get; init; }
    public string Kind { get; init; } = "";
    public string State { get; init; } = "";
    public string IdempotencyKey { get; init; } = "";
    public long? ProposalId { get; init; }
    public string? ProposalStatus { get; init; }
    public string? ApplicantId { get; init; }
    public string? MentorId { get; init; }
    public string? CreativeField { get; init; }
    public string? ApplicantCity { get; init; }
    public string? MentorCity { get; init; }
    public string? MentorCountry { get; init; }

    public string MentorLabel => $"mentor city {MentorCity ?? MentorId}";

    public string ApplicantLabel => $"applicant city {ApplicantCity ?? ApplicantId}";

    public string Year => CallYear.ToString(CultureInfo.InvariantCulture);
}
