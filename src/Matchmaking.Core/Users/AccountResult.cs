namespace Matchmaking.Core.Users;

public enum AccountOutcome
{
    Done,
    NotFound,
    /// <summary>Refused as asked (a wrong current password, one's own account, a name taken): <see cref="AccountResult.Message"/> says why.</summary>
    Refused,
}

/// <summary>What an account change did, in a sentence for the page or the API.</summary>
public sealed record AccountResult(AccountOutcome Outcome, string Message, UserAccount? Account = null)
{
    public bool Succeeded => Outcome == AccountOutcome.Done;
}

/// <summary>A new account, or a reset one: the temporary password and the API token, each shown once.</summary>
public sealed record IssuedAccount(UserAccount Account, string Token, string TemporaryPassword);
