using System.Security.Cryptography;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Outcomes;
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
    /// Creates an account with a temporary password (to be changed at the first sign-in) and an API token, both shown once. A
    /// mentor's city must be a member city of the network (its name is taken as the reference data spells it); a name already
    /// taken is refused, not rotated.
    /// </summary>
    public async Task<Outcome<IssuedAccount>> CreateAsync(NewUser user, string? email, CurrentUser actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength || name.Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '@')))
        {
            return Refusal.Invalid("name", new Phrase("user_name_invalid", MaxNameLength));
        }

        var resolved = Resolve(user with { Name = name });
        if (resolved.Refusal is { } refusal)
        {
            return refusal;
        }

        user = resolved.Value!;
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
        {
            return Refusal.Invalid("email", new Phrase("email_invalid", email));
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        var token = AccessTokens.NewToken();
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var created = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO users (name, role, creative_field, city, country_code, email, token_hash, password_hash, must_change_password, created_at)
            VALUES (@Name, @Role, @Field, @City, @CountryCode, @Email, @TokenHash, @PasswordHash, true, @Now)
            ON CONFLICT (name) DO NOTHING
            """, new
        {
            user.Name, Role = user.Role.Code(), Field = user.Field?.DisplayName(), user.City, user.CountryCode, Email = email,
            TokenHash = AccessTokens.Hash(token), PasswordHash = UserStore.HashPassword(password), Now = now,
        }, transaction, cancellationToken: cancellationToken));
        if (created == 0)
        {
            return Refusal.Conflict(new Phrase("user_exists", user.Name));
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "create", "user", user.Name, new
        {
            role = user.Role.Code(), field = user.Field?.DisplayName(), city = user.City, email,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var account = (await GetAsync(user.Name, cancellationToken))!;
        return new IssuedAccount(account, token, password);
    }

    /// <summary>A disabled account keeps its history, but neither its token nor its password works, and its sessions end.</summary>
    public Task<Outcome<UserAccount>> DisableAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        string.Equals(name, actor.Name, StringComparison.Ordinal)
            ? Task.FromResult<Outcome<UserAccount>>(Refusal.Conflict(new Phrase("user_cannot_disable_self")))
            : ChangeAsync(name, actor, "disable", "UPDATE users SET disabled_at = @now, disabled_by = @actor WHERE name = @name AND disabled_at IS NULL",
                new Phrase("user_already_disabled", name), cancellationToken);

    public Task<Outcome<UserAccount>> EnableAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, "enable", "UPDATE users SET disabled_at = NULL, disabled_by = NULL WHERE name = @name AND disabled_at IS NOT NULL",
            new Phrase("user_not_disabled", name), cancellationToken);

    /// <summary>Lifts a lockout after too many wrong passwords, and forgets the failures counted so far.</summary>
    public Task<Outcome<UserAccount>> UnlockAsync(string name, CurrentUser actor, CancellationToken cancellationToken) =>
        ChangeAsync(name, actor, "unlock", """
            UPDATE users SET locked_until = NULL, failed_sign_ins = 0, last_failed_sign_in = NULL
            WHERE name = @name AND (locked_until > @now OR failed_sign_ins > 0)
            """, new Phrase("user_not_locked", name), cancellationToken);

    /// <summary>
    /// Gives the account a new temporary password (shown once, to be changed at the next sign-in) and lifts any lockout; its API
    /// token is kept.
    /// </summary>
    public async Task<Outcome<IssuedPassword>> ResetPasswordAsync(string name, CurrentUser actor, CancellationToken cancellationToken)
    {
        if (await GetAsync(name, cancellationToken) is null)
        {
            return NotFound(name);
        }

        var password = RandomNumberGenerator.GetString(PasswordAlphabet, 16);
        await users.SetPasswordAsync(name, password, cancellationToken, actor.Label, temporary: true);
        return new IssuedPassword((await GetAsync(name, cancellationToken))!, password);
    }

    /// <summary>
    /// Everyone's own password: the current one is checked first (counting towards a lockout like a sign-in). A temporary
    /// password is no longer one once its owner has chosen their own.
    /// </summary>
    public async Task<Outcome<Done>> ChangeOwnPasswordAsync(
        CurrentUser user, string? currentPassword, string? newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < users.MinimumPasswordLength)
        {
            return Refusal.Invalid("new_password", new Phrase("password_too_short", users.MinimumPasswordLength));
        }

        if (string.Equals(currentPassword, newPassword, StringComparison.Ordinal))
        {
            return Refusal.Invalid("new_password", new Phrase("password_unchanged"));
        }

        var check = await users.VerifyPasswordAsync(user.Name, currentPassword ?? "", cancellationToken);
        switch (check.Result)
        {
            case PasswordCheckResult.LockedOut:
                return Refusal.Conflict(new Phrase("account_locked_out"));
            case PasswordCheckResult.Failed:
                // A conflict, not an invalid request: the request is well formed, the account refuses it (and counts it).
                return Refusal.Conflict(new Phrase("current_password_wrong"));
        }

        await users.SetPasswordAsync(user.Name, newPassword, cancellationToken, user.Label);
        return Done.Value;
    }

    private async Task<Outcome<UserAccount>> ChangeAsync(
        string name, CurrentUser actor, string action, string sql, Phrase unchanged, CancellationToken cancellationToken)
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
            return Refusal.Conflict(unchanged);
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor.Label, action, "user", name, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(name, cancellationToken))!;
    }

    private static Refusal NotFound(string name) => Refusal.NotFound(new Phrase("user_not_found", name));

    /// <summary>
    /// The user as it can be created: a mentor's city as the reference data spells it, with its country (which must be given
    /// when the name is ambiguous); the field only for a coordinator.
    /// </summary>
    private static Outcome<NewUser> Resolve(NewUser user)
    {
        if (user.Role != UserRole.Mentor)
        {
            user = user with { City = null, CountryCode = null, Field = user.Role == UserRole.Coordinator ? user.Field : null };
            return UserStore.Check(user) is { } missing ? missing : user;
        }

        if (UserStore.Check(user) is { } refusal)
        {
            return refusal;
        }

        var city = user.City!.Trim();
        var country = string.IsNullOrWhiteSpace(user.CountryCode) ? null : user.CountryCode.Trim().ToUpperInvariant();
        var members = ReferenceDataSet.Load().Members
            .Where(m => CityNames.Key(m.City) == CityNames.Key(city) && (country is null || m.CountryCode == country))
            .DistinctBy(m => (m.City, m.CountryCode))
            .ToList();
        return members switch
        {
            [] => Refusal.Invalid("city", country is null
                ? new Phrase("city_not_member", city)
                : new Phrase("city_not_member_in_country", city, country)),
            [var one] => user with { City = one.City, CountryCode = one.CountryCode, Field = null },
            _ => Refusal.Invalid("country_code", new Phrase("city_ambiguous", city, string.Join(", ", members.Select(m => m.CountryCode)))),
        };
    }

    private const string Select = """
        SELECT name, role, creative_field, city, country_code, email, password_hash IS NOT NULL AS has_password, must_change_password,
               locked_until, disabled_at, disabled_by, created_at
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
        public bool MustChangePassword { get; init; }
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
            MustChangePassword = MustChangePassword,
            LockedUntil = LockedUntil,
            DisabledAt = DisabledAt,
            DisabledBy = DisabledBy,
            CreatedAt = CreatedAt,
        };
    }
}
