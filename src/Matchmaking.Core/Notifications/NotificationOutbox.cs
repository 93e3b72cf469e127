using System.Globalization;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Outcomes;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>The secretariat's view of the outbox: what is pending, sent or dead, and putting dead letters back or away.</summary>
internal sealed class NotificationOutbox(NpgsqlDataSource dataSource, TimeProvider time, ILogger<NotificationOutbox> logger)
{
    private const string Select = """
        SELECT id, follow_up_id, idempotency_key, recipient, email, subject, body, state, attempts, next_attempt_at, last_error,
               last_error_phrase::text AS last_error_phrase, created_at, sent_at
        FROM notifications
        """;

    public async Task<IReadOnlyList<NotificationView>> ListAsync(string? state, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<NotificationRow>(new CommandDefinition(
            Select + " WHERE (@state IS NULL OR state = @state) ORDER BY id DESC LIMIT @limit", new { state, limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    /// <summary>A dead letter goes back to pending, due now, with its attempts reset.</summary>
    public Task<Outcome<NotificationView>> RetryAsync(long id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "retry", [NotificationStates.Dead], state => new Phrase("notification_not_retriable", state), """
            UPDATE notifications SET state = 'pending', attempts = 0, next_attempt_at = @now, last_error = NULL,
                last_error_phrase = NULL
            WHERE id = @id
            """, cancellationToken);

    /// <summary>A pending or dead notification is never to be sent.</summary>
    public Task<Outcome<NotificationView>> CancelAsync(long id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, "cancel", [NotificationStates.Pending, NotificationStates.Dead],
            state => new Phrase("notification_not_cancellable", state), """
            UPDATE notifications SET state = 'cancelled', next_attempt_at = NULL WHERE id = @id
            """, cancellationToken);

    /// <param name="notAllowed">Why the change is refused to a notification in another state than <paramref name="allowedFrom"/>.</param>
    private async Task<Outcome<NotificationView>> ChangeAsync(
        long id, string actor, string action, string[] allowedFrom, Func<CodeWord, Phrase> notAllowed, string update,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Waits for a delivery run that holds the row mid-send, so a notice being sent cannot also be cancelled.
        var current = await connection.QuerySingleOrDefaultAsync<NotificationRow>(new CommandDefinition(
            Select + " WHERE id = @id FOR UPDATE", new { id }, transaction, cancellationToken: cancellationToken));
        if (current is null)
        {
            return Refusal.NotFound(new Phrase("notification_not_found", id));
        }

        if (!allowedFrom.Contains(current.State, StringComparer.Ordinal))
        {
            return Refusal.Conflict(notAllowed(new CodeWord(current.State)));
        }

        await connection.ExecuteAsync(new CommandDefinition(update, new { id, now }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, now, actor, action, "notification", id.ToString(CultureInfo.InvariantCulture),
            new { from = current.State, current.Attempts, current.LastError }, cancellationToken);
        var changed = await connection.QuerySingleAsync<NotificationRow>(new CommandDefinition(
            Select + " WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        LogMessages.NotificationChangedBySecretariat(logger, id, action, actor);
        return changed.ToView();
    }

    private sealed class NotificationRow
    {
        public long Id { get; init; }
        public long? FollowUpId { get; init; }
        public string IdempotencyKey { get; init; } = "";
        public string Recipient { get; init; } = "";
        public string? Email { get; init; }
        public string Subject { get; init; } = "";
        public string Body { get; init; } = "";
        public string State { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset? NextAttemptAt { get; init; }
        public string? LastError { get; init; }
        public string? LastErrorPhrase { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? SentAt { get; init; }

        public NotificationView ToView() => new()
        {
            Id = Id, FollowUpId = FollowUpId, IdempotencyKey = IdempotencyKey, Recipient = Recipient, Email = Email, Subject = Subject,
            Body = Body, State = State, Attempts = Attempts, NextAttemptAt = NextAttemptAt, LastError = LastError,
            LastErrorPhrase = PhraseJson.Deserialize(LastErrorPhrase), CreatedAt = CreatedAt,
            SentAt = SentAt,
        };
    }
}
