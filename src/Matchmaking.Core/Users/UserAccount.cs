using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Users;

/// <summary>A user as the secretariat's users page and <c>GET /api/users</c> show it (never a hash or a token).</summary>
public sealed record UserAccount
{
    public required string Name { get; init; }
    public required UserRole Role { get; init; }
    public CreativeField? Field { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
    public string? Email { get; init; }
    public required bool HasPassword { get; init; }
    /// <summary>Its password is a temporary one from the secretariat, not changed yet.</summary>
    public bool MustChangePassword { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset? DisabledAt { get; init; }
    public string? DisabledBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public bool IsDisabled => DisabledAt is not null;

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;
}
