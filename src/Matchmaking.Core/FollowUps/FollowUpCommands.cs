using System.Globalization;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Outcomes;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// The secretariat's retry and cancel, whether from the tasks page, the API or the job dashboard: the row changes and the
/// audit entry are one transaction; then the task's Hangfire job is requeued or deleted (unless the dashboard is already
/// doing exactly that, see <see cref="FollowUpJobStateSync"/>).
/// </summary>
public sealed class FollowUpCommands(NpgsqlDataSource dataSource, FollowUpStore store, FollowUpJobs jobs, TimeProvider time)
{
    /// <summary>
    /// A dead-lettered or failed task runs again now, with its attempts reset; a cancelled one is scheduled again for its
    /// due time (now if that has passed). Refused when there is no such task or it is in no state to be retried.
    /// </summary>
    public async Task<Outcome<FollowUpView>> RetryAsync(long id, string actor, CancellationToken cancellationToken) =>
        await RetryAsync(id, actor, wake: true, cancellationToken)
            ? await ViewAsync(id, cancellationToken)
            : await RefusalAsync(id, state => new Phrase("follow_up_not_retriable", state), cancellationToken);

    /// <summary>A task that has not run yet, or was dead-lettered, will not run. Refused when there is no such task or it is in no state to be cancelled.</summary>
    public async Task<Outcome<FollowUpView>> CancelAsync(long id, string actor, CancellationToken cancellationToken) =>
        await CancelAsync(id, actor, jobId: null, cancellationToken)
            ? await ViewAsync(id, cancellationToken)
            : await RefusalAsync(id, state => new Phrase("follow_up_not_cancellable", state), cancellationToken);

    /// <summary>The dashboard requeued the task's failed job: the row follows, and the job (already enqueued) runs it.</summary>
    internal Task<bool> RetriedInDashboardAsync(long id, string actor, CancellationToken cancellationToken) =>
        RetryAsync(id, actor, wake: false, cancellationToken);

    /// <summary>The dashboard deleted the task's current job: the task is cancelled.</summary>
    internal Task<bool> DeletedInDashboardAsync(long id, string jobId, string actor, CancellationToken cancellationToken) =>
        CancelAsync(id, actor, jobId, cancellationToken);

    private async Task<Outcome<FollowUpView>> ViewAsync(long id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } view ? view : Refusal.NotFound(new Phrase("follow_up_not_found", id));

    private async Task<Refusal> RefusalAsync(long id, Func<CodeWord, Phrase> notAllowed, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } task
            ? Refusal.Conflict(notAllowed(new CodeWord(task.State.Code())))
            : Refusal.NotFound(new Phrase("follow_up_not_found", id));

    private async Task<bool> RetryAsync(long id, string actor, bool wake, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Retried? retried;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            retried = await connection.QuerySingleOrDefaultAsync<Retried>(new CommandDefinition("""
                UPDATE follow_ups f SET state = 'scheduled', attempts = 0, next_attempt_at = NULL, completed_at = NULL, outcome = NULL,
                    outcome_phrase = NULL, job_requested_at = @now
                FROM (SELECT id, state AS previous_state FROM follow_ups WHERE id = @id FOR UPDATE) old
                WHERE f.id = old.id AND f.state = ANY(@retriable)
                RETURNING f.id, f.call_year, f.proposal_id, f.kind, f.due_at, f.job_id, old.previous_state
                """, new { id, now, retriable = FollowUpStates.Retriable.Codes() }, transaction, cancellationToken: cancellationToken));
            if (retried is null)
            {
                return false;
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor, "retry", "follow_up",
                id.ToString(CultureInfo.InvariantCulture), new { from = retried.PreviousState }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (!wake)
        {
            return true;
        }

        var cancelled = retried.PreviousState == FollowUpState.Cancelled.Code();
        if (!cancelled && retried.JobId is { } jobId && jobs.Requeue(jobId))
        {
            return true;
        }

        // A cancelled task's job was deleted; a dead-lettered one's may have expired from the job storage.
        var at = cancelled && retried.DueAt > now ? retried.DueAt : now;
        await jobs.WakeAsync(id, FollowUpDates.JobTitle(retried.Kind, retried.CallYear, retried.ProposalId, 1), at, cancellationToken);
        return true;
    }

    private async Task<bool> CancelAsync(long id, string actor, string? jobId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        string? currentJob;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // From the dashboard, only the deletion of the task's current job cancels it: deleting an old or duplicate job does not.
            var changed = await connection.QuerySingleOrDefaultAsync<Cancelled>(new CommandDefinition("""
                UPDATE follow_ups SET state = 'cancelled', completed_at = @now, outcome = @outcome, outcome_phrase = CAST(@phrase AS jsonb),
                       next_attempt_at = NULL
                WHERE id = @id AND state = ANY(@cancellable) AND (@jobId::text IS NULL OR job_id = @jobId)
                RETURNING id, job_id
                """, FollowUpStore.Said(new { id, now, jobId, cancellable = FollowUpStates.Cancellable.Codes() },
                    new Phrase("follow_up_cancelled_by", actor)), transaction,
                cancellationToken: cancellationToken));
            if (changed is null)
            {
                return false;
            }

            currentJob = changed.JobId;
            await AuditLog.WriteAsync(connection, transaction, now, actor, "cancel", "follow_up",
                id.ToString(CultureInfo.InvariantCulture), jobId is null ? null : new { job = jobId }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (jobId is null && currentJob is not null)
        {
            jobs.Delete(currentJob);
        }

        return true;
    }

    private sealed class Retried
    {
        public long Id { get; init; }
        public int CallYear { get; init; }
        public long? ProposalId { get; init; }
        public string Kind { get; init; } = "";
        public DateTimeOffset DueAt { get; init; }
        public string? JobId { get; init; }
        public string PreviousState { get; init; } = "";
    }

    private sealed class Cancelled
    {
        public long Id { get; init; }
        public string? JobId { get; init; }
    }
}
