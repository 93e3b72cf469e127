using Matchmaking.Core.Changes;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Users;

public sealed record NewUser
{
    public required string Name { get; init; }
    public required UserRole Role { get; init; }
    public CreativeField? Field { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
}

public sealed record IssuedToken(CurrentUser User, string Token);

public sealed class UserStore(
    NpgsqlDataSource dataSource, TimeProvider time, IOptions<SignInOptions>? signInOptions = null, ChangeFeed? changes = null)
{
    /// <summary>Who a token is (null: nobody), kept until any user changes (a revoked token stops working at once).</summary>
    private readonly ReadCache<string, CurrentUser?>? _byToken = changes is null ? null : new(changes, capacity: 10_000);

    private static readonly PasswordHasher<CurrentUser> Hasher = new();

    /// <summary>Verified against when the name is unknown, so that a miss costs as long as a wrong password.</summary>
    private static readonly string DummyHash = Hasher.HashPassword(null!, "not a password anyone has");

    internal static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    private SignInOptions SignIn => signInOptions?.Value ?? new SignInOptions();

    public int MinimumPasswordLength => SignIn.MinimumLength;

    /// <summary>
    /// Creates the user, or gives an existing one of that name a new token (the old one stops working) and enables it again
    /// if it was disabled: whoever may run the CLI against the database is trusted with the accounts.
    /// </summary>
    /// <exception cref="ArgumentException">The user is not valid: callers ask <see cref="Check"/> first and word its refusal.</exception>
    public async Task<IssuedToken> AddOrRotateAsync(NewUser user, CancellationToken cancellationToken)
    {
        if (Check(user) is { } refusal)
        {
            throw new ArgumentException(refusal.Reason.ToString(), nameof(user));
        }

        var token = AccessTokens.NewToken();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO users (name, role, creative_field, city, country_code, token_hash, created_at)
            VALUES (@Name, @Role, @Field, @City, @CountryCode, @Hash, @Now)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, creative_field = excluded.creative_field,
                city = excluded.city, country_code = excluded.country_code, token_hash = excluded.token_hash,
                disabled_at = NULL, disabled_by = NULL
            RETURNING id
            """, new
        {
            user.Name,
            Role = user.Role.Code(),
            Field = user.Field?.DisplayName(),
            user.City,
            CountryCode = user.CountryCode?.ToUpperInvariant(),
            Hash = AccessTokens.Hash(token),
            Now = time.GetUtcNow(),
        }, cancellationToken: cancellationToken));
        var current = new CurrentUser
        {
            Id = id, Name = user.Name, Role = user.Role, Field = user.Field, City = user.City, CountryCode = user.CountryCode?.ToUpperInvariant(),
        };
        return new IssuedToken(current, token);
    }

    public Task<CurrentUser?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        var hash = AccessTokens.Hash(token);
        return _byToken is null
            ? ReadByTokenHashAsync(hash, cancellationToken)
            : _byToken.GetOrReadAsync(Convert.ToHexString(hash), ct => ReadByTokenHashAsync(hash, ct), cancellationToken);
    }

    private async Task<CurrentUser?> ReadByTokenHashAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition("""
            SELECT id, name, role, creative_field, city, country_code FROM users WHERE token_hash = @Hash AND disabled_at IS NULL
            """, new { Hash = hash }, cancellationToken: cancellationToken));
        return row?.ToCurrentUser();
    }

    /// <summary>
    /// Sets (or replaces) a user's password and lifts any lockout; false when no user has that name. Audited as done by
    /// <paramref name="actor"/> (default: the user itself).
    /// </summary>
    /// <param name="temporary">
    /// Someone else chose it (the secretariat's reset): its owner must change it before using the pages. Any other password
    /// clears that duty.
    /// </param>
    /// <exception cref="ArgumentException">The password is shorter than <see cref="SignInOptions.MinimumLength"/>.</exception>
    public async Task<bool> SetPasswordAsync(
        string name, string password, CancellationToken cancellationToken, string? actor = null, bool temporary = false)
    {
        CheckPassword(password);

        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET password_hash = @Hash, failed_sign_ins = 0, last_failed_sign_in = NULL, locked_until = NULL,
                must_change_password = @temporary
            WHERE name = @name
            """, new { name, Hash = Hasher.HashPassword(null!, password), temporary }, transaction, cancellationToken: cancellationToken));
        if (changed == 1)
        {
            await AuditLog.WriteAsync(connection, transaction, now, actor ?? $"user:{name}", "set_password", "user", name, null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1;
    }

    /// <summary>
    /// Checks a name and password. Failures are counted per account; <see cref="SignInOptions.MaxFailures"/> of them within
    /// <see cref="SignInOptions.FailureWindow"/> lock it for <see cref="SignInOptions.LockoutDuration"/>, during which even
    /// the right password is refused.
    /// </summary>
    public async Task<PasswordCheck> VerifyPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        var options = SignIn;
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PasswordRow>(new CommandDefinition("""
            SELECT id, name, role, creative_field, city, country_code, password_hash, failed_sign_ins, last_failed_sign_in, locked_until,
                disabled_at, must_change_password
            FROM users WHERE name = @name FOR UPDATE
            """, new { name = name.Trim() }, transaction, cancellationToken: cancellationToken));
        if (row?.PasswordHash is null || row.DisabledAt is not null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? "");
            return new PasswordCheck(PasswordCheckResult.Failed);
        }

        if (row.LockedUntil > now)
        {
            return new PasswordCheck(PasswordCheckResult.LockedOut, LockedUntil: row.LockedUntil);
        }

        var user = row.ToCurrentUser();
        var verdict = Hasher.VerifyHashedPassword(user, row.PasswordHash, password ?? "");
        if (verdict != PasswordVerificationResult.Failed)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE users SET failed_sign_ins = 0, last_failed_sign_in = NULL, locked_until = NULL,
                    password_hash = coalesce(@Rehash, password_hash)
                WHERE id = @Id
                """, new { row.Id, Rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user, password!) : null },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return new PasswordCheck(PasswordCheckResult.Succeeded, user, MustChangePassword: row.MustChangePassword);
        }

        var failures = row.LastFailedSignIn is { } last && now - last < options.FailureWindow ? row.FailedSignIns + 1 : 1;
        DateTimeOffset? lockedUntil = failures >= options.MaxFailures ? now + options.LockoutDuration : null;
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET failed_sign_ins = @failures, last_failed_sign_in = @now, locked_until = @lockedUntil WHERE id = @Id
            """, new { row.Id, failures = lockedUntil is null ? failures : 0, now, lockedUntil }, transaction, cancellationToken: cancellationToken));
        if (lockedUntil is not null)
        {
            await AuditLog.WriteAsync(connection, transaction, now, $"user:{row.Name}", "lock_out", "user", row.Name,
                new { failures, locked_until = lockedUntil }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return lockedUntil is null
            ? new PasswordCheck(PasswordCheckResult.Failed)
            : new PasswordCheck(PasswordCheckResult.LockedOut, LockedUntil: lockedUntil);
    }

    /// <summary>An enabled user of that name (a disabled one is nobody: its sessions end).</summary>
    public async Task<CurrentUser?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition("""
            SELECT id, name, role, creative_field, city, country_code FROM users WHERE name = @name AND disabled_at IS NULL
            """, new { name }, cancellationToken: cancellationToken));
        return row?.ToCurrentUser();
    }

    /// <exception cref="ArgumentException">The password is shorter than <see cref="SignInOptions.MinimumLength"/>.</exception>
    public void CheckPassword(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < SignIn.MinimumLength)
        {
            throw new ArgumentException($"A password needs at least {SignIn.MinimumLength} characters.", nameof(password));
        }
    }

    /// <summary>What a user lacks for its role, as a refusal that names the missing part; null when it has it all.</summary>
    public static Refusal? Check(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.IsNullOrWhiteSpace(user.Name) ? Refusal.Invalid("name", new Phrase("user_needs_name"))
            : user.Role == UserRole.Coordinator && user.Field is null ? Refusal.Invalid("creative_field", new Phrase("coordinator_needs_field"))
            : user.Role == UserRole.Mentor && string.IsNullOrWhiteSpace(user.City) ? Refusal.Invalid("city", new Phrase("mentor_needs_city"))
            : null;
    }

    private class UserRow
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string? CreativeField { get; init; }
        public string? City { get; init; }
        public string? CountryCode { get; init; }

        public CurrentUser ToCurrentUser() => new()
        {
            Id = Id,
            Name = Name,
            Role = UserRoles.TryParse(Role, out var role) ? role : throw new InvalidOperationException($"Unknown role {Role}."),
            Field = CreativeFields.TryParse(CreativeField, out var field) ? field : null,
            City = City,
            CountryCode = CountryCode?.Trim(),
        };
    }

    private sealed class PasswordRow : UserRow
    {
        public string? PasswordHash { get; init; }
        public int FailedSignIns { get; init; }
        public DateTimeOffset? LastFailedSignIn { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
        public DateTimeOffset? DisabledAt { get; init; }
        public bool MustChangePassword { get; init; }
    }
}
