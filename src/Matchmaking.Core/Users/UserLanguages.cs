using Dapper;
using Matchmaking.Core.Notifications;
using Npgsql;

namespace Matchmaking.Core.Users;

/// <summary>The language each person chose for the pages and their mail: English or French, or unset (the browser's).</summary>
public sealed class UserLanguages(NpgsqlDataSource dataSource, TimeProvider time)
{
    public async Task<string?> GetAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT language FROM users WHERE id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    /// <exception cref="ArgumentException">The language is neither "en" nor "fr".</exception>
    public async Task SetAsync(CurrentUser user, string? language, CancellationToken cancellationToken)
    {
        if (language is not null && !MailLanguage.IsKnown(language))
        {
            throw new ArgumentException($"'{language}' is not one of the call's languages: use en or fr.", nameof(language));
        }

        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET language = @language WHERE id = @Id", new { language, user.Id }, transaction, cancellationToken: cancellationToken));
        await Audit.AuditLog.WriteAsync(connection, transaction, now, user.Label, "set_language", "user", user.Name, new { language }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
