using Dapper;
using Matchmaking.Core.FollowUps;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Writes a notification to the outbox in the caller's transaction, once per idempotency key (a second write of the same
/// key is a no-op); the delivery job sends it.
/// </summary>
internal static class OutboxWriter
{
    /// <returns>1 when the notification was written, 0 when its key was already there.</returns>
    public static Task<int> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxMessage message, long? followUpId, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO notifications (follow_up_id, idempotency_key, recipient, subject, body, created_at)
            VALUES (@followUpId, @Key, @Recipient, @Subject, @Body, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, new { followUpId, message.Key, message.Recipient, message.Subject, message.Body, now }, transaction,
            cancellationToken: cancellationToken));
}
