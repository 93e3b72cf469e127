namespace Matchmaking.Core.Users;

public enum PasswordCheckResult
{
    Succeeded,
    /// <summary>Unknown name, no password set, or a wrong password: deliberately not told apart.</summary>
    Failed,
    LockedOut,
}

public sealed record PasswordCheck(PasswordCheckResult Result, CurrentUser? User = null, DateTimeOffset? LockedUntil = null);
