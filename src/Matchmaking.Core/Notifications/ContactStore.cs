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
    public async Task SetAsync(string recipient, string email, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO contacts (recipient, email, updated_at) VALUES (@recipient, @email, @now)
            ON CONFLICT (recipient) DO UPDATE SET email = excluded.email, updated_at = excluded.updated_at
            """, new { recipient, email, now = time.GetUtcNow() }, cancellationToken: cancellationToken));
    }
}
