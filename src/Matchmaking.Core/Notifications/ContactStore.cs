using Dapper;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Who a recipient label reaches. Addresses are looked up at delivery, in this order: the notification's own email
/// (when its writer knew it), a contacts row for its recipient label, a user whose label it is (or, for a mentor user,
/// whose "mentor city ..." it is), and finally Smtp:FallbackRecipient.
/// </summary>
internal sealed class ContactStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>A profile's contact e-mail, written with its import; nothing (0) when the profile has none.</summary>
    internal static Task<int> SetAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string recipient, string? email, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        email is null
            ? Task.FromResult(0)
            : connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO contacts (recipient, email, updated_at) VALUES (@recipient, @email, @now)
                ON CONFLICT (recipient) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at
                """, new { recipient, email, now }, transaction, cancellationToken: cancellationToken));

    public async Task SetAsync(string recipient, string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await SetAsync(connection, null, recipient, email, time.GetUtcNow(), cancellationToken);
    }
}
