using System.Security.Cryptography;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Users;

/// <summary>
/// The secretariat's management of people (create, list, disable and enable, reset a password, unlock) and everyone's
/// change of their own password. Each change is one transaction with its audit entry, done as the acting person.
/// </summary>
public sealed class UserAccounts(NpgsqlDataSource dataSource, UserStore users, TimeProvider time)
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int MaxNameLength = 100;

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccountRow>(new CommandDefinition($"{Select} ORDER BY role, name", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAccount())];
    }

    public async Task<UserAccount?> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"{Select} WHERE name = @name", new { name }, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    /// <summary>
    /// Creates an account with a temporary password and an API token, both shown once. A mentor's city must be a member city
    /// of the network (its name is taken as the reference data spells it); a name already taken is refused, not rotated.
    /// </summary>
    /// <exception cref="ArgumentException">The account is not valid; the message says which part and why.</exception>
    public async Task<(AccountResult Result, IssuedAccount? Issued)> CreateAsync(
        NewUser user, string? email, CurrentUser actor, CancellationToken cancellationToken)
    {
        var name = user.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || name.Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '@')))
        {
            throw new ArgumentException(
                $"A user name has 1 to {MaxNameLength} letters, digits, '-', '_', '.' or '@' (no spaces).", nameof(user));
        }

        user = Resolve(user with { Name = name });
        UserStore.Validate(user);
        email = CheckEmail(email);
        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        var token = AccessTokens.NewToken();
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO users (name, role, creative_field, city, country_code, email, token_hash, password_hash, created_at)
            VALUES (@Name, @Role, @Field, @City, @CountryCode, @Email, @TokenHash, @PasswordHash, @Now)
            ON CONFLICT (name) DO NOTHING
            """, new
        {
            user.Name, Role = user.Role.Code(), Field = user.Field?.DisplayName(), user.City, user.CountryCode, Email = email,
            TokenHash = AccessTokens.Hash(token), PasswordHash = UserStore.HashPassword(password), Now = now,
        }, transaction, cancellationToken: cancellationToken));
        if (created == 0)
        {
            return (new AccountResult(AccountOutcome.Refused, $"A user named '{user.Name}' already exists."), null);
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "create", "user", user.Name, new
        {
            role = user.Role.Code(), field = user.Field?.DisplayName(), city = user.City, email,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var account = (await GetAsync(user.Name, cancellationToken))!;
        return (new AccountResult(AccountOutcome.Done, $"User '{user.Name}' is created.", account), new IssuedAccount(account, token, password));
    }

    /// <summary>A disabled account keeps its history, but neither its token nor its password works, and its sessions end.</summary>
    public Task<AccountResult> DisableAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        string.Equals(name, actor.Name, StringComparison.Ordinal)
            ? Task.FromResult(new AccountResult(AccountOutcome.Refused, "You cannot disable your own account: another secretariat user can."))
            : ChangeAsync(name, actor, "disable", "UPDATE users SET disabled_at = @now, disabled_by = @actor WHERE name = @name AND disabled_at IS NULL",
                $"User '{name}' is disabled: their token and password no longer work.", $"User '{name}' was already disabled.", cancellationToken);

    public Task<AccountResult> EnableAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, "enable", "UPDATE users SET disabled_at = NULL, disabled_by = NULL WHERE name = @name AND disabled_at IS NOT NULL",
            $"User '{name}' is enabled again.", $"User '{name}' was not disabled.", cancellationToken);

    /// <summary>Lifts a lockout after too many wrong passwords, and forgets the failures counted so far.</summary>
    public Task<AccountResult> UnlockAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, "unlock", """
            UPDATE users SET locked_until = NULL, failed_sign_ins = 0, last_failed_sign_in = NULL
            WHERE name = @name AND (locked_until > @now OR failed_sign_ins > 0)
            """, $"User '{name}' is unlocked and can sign in again.", $"User '{name}' was not locked.", cancellationToken);

    /// <summary>Gives the account a new temporary password (shown once) and lifts any lockout; its API token is kept.</summary>
    public async Task<(AccountResult Result, string? TemporaryPassword)> ResetPasswordAsync(
        string name, CurrentUser actor, CancellationToken cancellationToken)
    {
        if (await GetAsync(name, cancellationToken) is null)
        {
            return (NotFound(name), null);
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        await users.SetPasswordAsync(name, password, cancellationToken, actor.Label);
        return (new AccountResult(AccountOutcome.Done,
            $"User '{name}' has a new temporary password; give it to them and ask them to change it when they sign in.",
            await GetAsync(name, cancellationToken)), password);
    }

    /// <summary>Everyone's own password: the current one is checked first (counting towards a lockout like a sign-in).</summary>
    public async Task<AccountResult> ChangeOwnPasswordAsync(
        CurrentUser user, string? currentPassword, string? newPassword, CancellationToken cancellationToken)
    {
        try
        {
            users.CheckPassword(newPassword);
        }
        catch (ArgumentException e)
        {
            return new AccountResult(AccountOutcome.Refused, ArgumentMessages.Sentence(e));
        }

        if (string.Equals(currentPassword, newPassword, StringComparison.Ordinal))
        {
            return new AccountResult(AccountOutcome.Refused, "The new password is the same as the current one.");
        }

        var check = await users.VerifyPasswordAsync(user.Name, currentPassword ?? "", cancellationToken);
        switch (check.Result)
        {
            case PasswordCheckResult.LockedOut:
                return new AccountResult(AccountOutcome.Refused,
                    "Too many wrong passwords: the account is locked for a while. Ask the secretariat to unlock it.");
            case PasswordCheckResult.Failed:
                return new AccountResult(AccountOutcome.Refused, "The current password is not right.");
        }

        await users.SetPasswordAsync(user.Name, newPassword!, cancellationToken, user.Label);
        return new AccountResult(AccountOutcome.Done, "Your password is changed.");
    }

    private async Task<AccountResult> ChangeAsync(
        string name, CurrentUser actor, string action, string sql, string done, string unchanged, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM users WHERE name = @name FOR UPDATE)", new { name }, transaction, cancellationToken: cancellationToken));
        if (!exists)
        {
            return NotFound(name);
        }

        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, new { name, now, actor = actor.Label }, transaction,
            cancellationToken: cancellationToken));
        if (changed == 0)
        {
            return new AccountResult(AccountOutcome.Refused, unchanged, await GetAsync(name, cancellationToken));
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, action, "user", name, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AccountResult(AccountOutcome.Done, done, await GetAsync(name, cancellationToken));
    }

    private static AccountResult NotFound(string name) => new(AccountOutcome.NotFound, $"There is no user named '{name}'.");

    /// <summary>A mentor's city as the reference data spells it, with its country (which must be given when the name is ambiguous).</summary>
    private static NewUser Resolve(NewUser user)
    {
        if (user.Role != UserRole.Mentor)
        {
            return user with { City = null, CountryCode = null, Field = user.Role == UserRole.Coordinator ? user.Field : null };
        }

        if (string.IsNullOrWhiteSpace(user.City))
        {
            return user; // Validate names what is missing.
        }

        var country = string.IsNullOrWhiteSpace(user.CountryCode) ? null : user.CountryCode.Trim().ToUpperInvariant();
        var members = ReferenceDataSet.Load().Members
            .Where(m => CityNames.Key(m.City) == CityNames.Key(user.City) && (country is null || m.CountryCode == country))
            .DistinctBy(m => (m.City, m.CountryCode))
            .ToList();
        return members switch
        {
            [] => throw new ArgumentException($"'{user.City.Trim()}' is not a member city of the network"
                + (country is null ? "." : $" in country {country}."), nameof(user)),
            [var one] => user with { City = one.City, CountryCode = one.CountryCode, Field = null },
            _ => throw new ArgumentException($"Several member cities are named '{user.City.Trim()}': give the country code too ("
                + string.Join(", ", members.Select(m => m.CountryCode)) + ").", nameof(user)),
        };
    }

    private static string? CheckEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        email = email.Trim();
        return EmailAddresses.IsValid(email)
            ? email
            : throw new ArgumentException($"'{email}' is not an e-mail address (name@example.org).", nameof(email));
    }

    private const string Select = """
        SELECT name, role, creative_field, city, country_code, email, password_hash IS NOT NULL AS has_password, locked_until,
               disabled_at, disabled_by, created_at
        FROM users
        """;

    private sealed class AccountRow
    {
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? CreativeField { get; init; }
        public string? City { get; init; }
        public string? CountryCode { get; init; }
        public string? Email { get; init; }
        public bool HasPassword { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
        public DateTimeOffset? DisabledAt { get; init; }
        public string? DisabledBy { get; init; }
        public DateTimeOffset CreatedAt { get; init; }

        public UserAccount ToAccount() => new()
        {
            Name = Name,
            Role = UserRoles.TryParse(Role, out var role) ? role : throw new InvalidOperationException($"Unknown role {Role}."),
            Field = CreativeFields.TryParse(CreativeField, out var field) ? field : null,
            City = City,
            CountryCode = CountryCode?.Trim(),
            Email = Email,
            HasPassword = HasPassword,
            LockedUntil = LockedUntil,
            DisabledAt = DisabledAt,
            DisabledBy = DisabledBy,
            CreatedAt = CreatedAt,
        };
    }
}
