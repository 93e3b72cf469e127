using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Users;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Writes a notification to the outbox in the caller's transaction, once per idempotency key (a second write of the same
/// key is a no-op), in its recipient's language; the delivery job sends it. A group (a field's coordinators, the
/// secretariat) is written once per member who has an e-mail, each in their own language; the group's own row is
/// written as well when a contacts row gives the group an address (a shared mailbox), or alone when no member has an
/// e-mail (it then goes to the fallback mailbox, saying whom it was for).
/// </summary>
internal static class OutboxWriter
{
    /// <returns>How many rows were written: 0 when the keys were already there.</returns>
    public static async Task<int> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxMessage message, long? followUpId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var members = message.Recipient.IsGroup
            ? (await connection.QueryAsync<Member>(new CommandDefinition(MembersSql, Group(message.Recipient), transaction,
                cancellationToken: cancellationToken))).AsList()
            : [];
        var written = 0;
        foreach (var member in members)
        {
            var own = message with { Key = $"{message.Key}:user:{member.Name}", Recipient = Recipient.User(member.Name) };
            written += await InsertAsync(connection, transaction, own, member.Language ?? MailLanguage.English, followUpId, now, cancellationToken);
        }

        if (members.Count == 0 || await HasContactAsync(connection, transaction, message.Recipient, cancellationToken))
        {
            var language = await MailLanguage.OfRecipientAsync(connection, transaction, message.Recipient, cancellationToken);
            written += await InsertAsync(connection, transaction, message, language, followUpId, now, cancellationToken);
        }

        return written;
    }

    private static Task<int> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, OutboxMessage message, string language, long? followUpId,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var french = language == MailLanguage.French && message.FrenchSubject is not null && message.FrenchBody is not null;
        return connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO notifications (follow_up_id, idempotency_key, recipient, subject, body, language, created_at)
            VALUES (@followUpId, @Key, @recipient, @subject, @body, @language, @now)
            ON CONFLICT (idempotency_key) DO NOTHING
            """, new
        {
            followUpId, message.Key, recipient = message.Recipient.Format(), subject = french ? message.FrenchSubject : message.Subject,
            body = french ? message.FrenchBody : message.Body, language = french ? MailLanguage.French : MailLanguage.English, now,
        }, transaction, cancellationToken: cancellationToken));
    }

    private static Task<bool> HasContactAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Recipient recipient, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM contacts WHERE recipient = @label)", new { label = recipient.Format() }, transaction,
            cancellationToken: cancellationToken));

    /// <summary>The group's active members who have an e-mail: a field's coordinators, or the secretariat.</summary>
    private const string MembersSql = """
        SELECT name, language FROM users
        WHERE email IS NOT NULL AND disabled_at IS NULL
          AND role = @role AND (@field IS NULL OR creative_field = @field)
        ORDER BY id
        """;

    private static object Group(Recipient group) => group.Kind == RecipientKind.FieldCoordinators
        ? new { role = UserRole.Coordinator.Code(), field = (string?)group.Name }
        : new { role = UserRole.Secretariat.Code(), field = (string?)null };

    private sealed class Member
    {
        public string Name { get; init; } = "";
        public string? Language { get; init; }
    }
}
