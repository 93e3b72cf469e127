using Dapper;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Who a recipient reaches. Addresses are looked up at delivery, in this order: the notification's own email (when its
/// writer knew it), a contacts row for its recipient label, the user it names (or, for a mentor city, its mentor user's),
/// and finally Smtp:FallbackRecipient. A group's members are written one row each (<see cref="OutboxWriter"/>).
/// </summary>
internal sealed class ContactStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>A profile's contact e-mail, written with its import; nothing (0) when the profile has none.</summary>
    internal static Task<int> SetAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Recipient recipient, string? email, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        email is null
            ? Task.FromResult(0)
            : connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO contacts (recipient, email, updated_at) VALUES (@recipient, @email, @now)
                ON CONFLICT (recipient) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at
                """, new { recipient = recipient.Format(), email, now }, transaction, cancellationToken: cancellationToken));

    public async Task SetAsync(Recipient recipient, string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await SetAsync(connection, null, recipient, email, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The e-mail of the user a recipient names: the user's own, or a mentor city's mentor user's; else null.</summary>
    internal static Task<string?> AccountEmailAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Recipient recipient, CancellationToken cancellationToken) =>
        recipient.Kind switch
        {
            RecipientKind.User => connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT email FROM users WHERE name = @Name", new { recipient.Name }, transaction, cancellationToken: cancellationToken)),
            RecipientKind.MentorCity => connection.ExecuteScalarAsync<string?>(new CommandDefinition("""
                SELECT email FROM users WHERE role = 'mentor' AND lower(city) = lower(@Name) AND email IS NOT NULL ORDER BY id LIMIT 1
                """, new { recipient.Name }, transaction, cancellationToken: cancellationToken)),
            _ => Task.FromResult<string?>(null),
        };
}
