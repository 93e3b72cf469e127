namespace Matchmaking.Core.Users;

public enum UserRole
{
    Secretariat,
    Coordinator,
    Mentor,
}

public static class UserRoles
{
    public static string Code(this UserRole role) => role switch
    {
        UserRole.Secretariat => "secretariat",
        UserRole.Coordinator => "coordinator",
        UserRole.Mentor => "mentor",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out UserRole role)
    {
        foreach (var candidate in Enum.GetValues<UserRole>())
        {
            if (string.Equals(candidate.Code(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
