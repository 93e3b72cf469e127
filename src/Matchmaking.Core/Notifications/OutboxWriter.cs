using Dapper;
using Matchmaking.Core.FollowUps;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Writes a notification to the outbox in the caller's transaction, once per idempotency key (a second write of the same
/// key is a no-op), in its recipient's language; the delivery job sends it.
/// </summary>
internal static class OutboxWriter
{
    /// <returns>1 when the notification was written, 0 when its key was already there.</returns>
    public static async Task<int> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxMessage message, long? followUpId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var french = message.FrenchSubject is not null && message.FrenchBody is not null
            && await MailLanguage.OfRecipientAsync(connection, transaction, message.Recipient, cancellationToken) == MailLanguage.French;
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO notifications (follow_up_id, idempotency_key, recipient, subject, body, language, created_at)
            VALUES (@followUpId, @Key, @Recipient, @subject, @body, @language, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, new
        {
            followUpId, message.Key, message.Recipient, subject = french ? message.FrenchSubject : message.Subject,
            body = french ? message.FrenchBody : message.Body, language = french ? MailLanguage.French : MailLanguage.English, now,
        }, transaction, cancellationToken: cancellationToken));
    }
}
