using Dapper;
using Matchmaking.Engine.Domain;
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

public sealed class UserStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Creates the user, or gives an existing one of that name a new token (the old one stops working).</summary>
    public async Task<IssuedToken> AddOrRotateAsync(NewUser user, CancellationToken cancellationToken)
    {
        Validate(user);
        var token = AccessTokens.NewToken();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO users (name, role, creative_field, city, country_code, token_hash, created_at)
            VALUES (@Name, @Role, @Field, @City, @CountryCode, @Hash, @Now)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, creative_field = excluded.creative_field,
                city = excluded.city, country_code = excluded.country_code, token_hash = excluded.token_hash
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

    public async Task<CurrentUser?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition("""
            SELECT id, name, role, creative_field, city, country_code FROM users WHERE token_hash = @Hash
            """, new { Hash = AccessTokens.Hash(token) }, cancellationToken: cancellationToken));
        return row?.ToCurrentUser();
    }

    private static void Validate(NewUser user)
    {
        if (string.IsNullOrWhiteSpace(user.Name))
        {
            throw new ArgumentException("A user needs a name.", nameof(user));
        }

        switch (user.Role)
        {
            case UserRole.Coordinator when user.Field is null:
                throw new ArgumentException("A coordinator needs a creative field (--field).", nameof(user));
            case UserRole.Mentor when string.IsNullOrWhiteSpace(user.City):
                throw new ArgumentException("A mentor needs a member city (--city).", nameof(user));
        }
    }

    private sealed class UserRow
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
}
