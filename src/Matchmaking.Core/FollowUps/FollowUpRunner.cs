using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Carries out a follow-up exactly once: the task row is locked, its effects (notifications with idempotency keys)
/// and its new state are written in one transaction, and a task that is no longer scheduled is left alone.
/// </summary>
public sealed class FollowUpRunner(NpgsqlDataSource dataSource, TimeProvider time, ILogger<FollowUpRunner> logger)
{
    public async Task RunAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var task = await connection.QuerySingleOrDefaultAsync<TaskRow>(new CommandDefinition("""
            SELECT f.id, f.kind, f.state, f.idempotency_key, f.proposal_id, p.status AS proposal_status, p.applicant_id, p.mentor_id,
                   p.creative_field, a.city AS applicant_city, m.city AS mentor_city
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

        var (state, outcome, messages) = Plan(task);
        foreach (var message in messages)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO notifications (follow_up_id, idempotency_key, recipient, subject, body, created_at)
                VALUES (@id, @Key, @Recipient, @Subject, @Body, @now)
                ON CONFLICT (idempotency_key) DO NOTHING
                """, new { id, message.Key, message.Recipient, message.Subject, message.Body, now }, transaction,
                cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE follow_ups SET state = @state, completed_at = @now, outcome = @outcome WHERE id = @id",
            new { id, state, now, outcome }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogMessages.FollowUpRan(logger, id, task.Kind, outcome);
    }

    private static (string State, string Outcome, IReadOnlyList<Message> Messages) Plan(TaskRow task)
    {
        var mentor = $"mentor city {task.MentorCity ?? task.MentorId}";
        var applicant = $"applicant city {task.ApplicantCity ?? task.ApplicantId}";
        switch (task.Kind)
        {
            case FollowUpKind.Notice:
                return ("done", "notified both cities",
                [
                    new Message($"{task.IdempotencyKey}:mentor", mentor, $"You are asked to mentor {task.ApplicantCity} ({task.CreativeField})",
                        $"The {task.CreativeField} coordinator approved your pairing with {applicant}. Please confirm the partnership before 9 April."),
                    new Message($"{task.IdempotencyKey}:applicant", applicant, $"Your mentor city: {task.MentorCity} ({task.CreativeField})",
                        $"The {task.CreativeField} coordinator paired you with {mentor}; it will contact you before 9 April."),
                ]);
            case FollowUpKind.PartnershipReminder when task.ProposalStatus == "approved":
                return ("done", "reminded the mentor city",
                [
                    new Message($"{task.IdempotencyKey}:mentor", mentor, "Reminder: confirm your partnership before 9 April",
                        $"Your partnership with {applicant} ({task.CreativeField}) is not confirmed yet; the deadline is 9 April."),
                ]);
            case FollowUpKind.PartnershipReminder:
                return ("skipped", $"proposal is {task.ProposalStatus}; no reminder needed", []);
            default:
                return ("failed", $"unknown follow-up kind {task.Kind}", []);
        }
    }

    private sealed record Message(string Key, string Recipient, string Subject, string Body);

    private sealed class TaskRow
    {
        public long Id { get; init; }
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
    }
}
