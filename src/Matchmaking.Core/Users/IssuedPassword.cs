namespace Matchmaking.Core.Users;

/// <summary>A reset account: its new temporary password, shown once (its API token is unchanged).</summary>
public sealed record IssuedPassword(UserAccount Account, string TemporaryPassword);
