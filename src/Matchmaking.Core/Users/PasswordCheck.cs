namespace Matchmaking.Core.Users;

public enum PasswordCheckResult
{
    Succeeded,
    /// <summary>Unknown name, no password set, or a wrong password: deliberately not told apart.</summary>
    Failed,
    LockedOut,
}

/// <param name="MustChangePassword">Signed in with a temporary password the secretariat gave: the pages ask for a new one first.</param>
public sealed record PasswordCheck(
    PasswordCheckResult Result, CurrentUser? User = null, DateTimeOffset? LockedUntil = null, bool MustChangePassword = false);
