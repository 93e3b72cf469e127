namespace Matchmaking.Core.Users;

/// <summary>A new account: the temporary password and the API token, each shown once.</summary>
public sealed record IssuedAccount(UserAccount Account, string Token, string TemporaryPassword);
