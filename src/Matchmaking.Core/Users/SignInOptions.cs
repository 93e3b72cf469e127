using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Users;

/// <summary>Password sign-in: how many failures, within how long, lock an account, and for how long.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    [Range(1, 100)]
    public int MaxFailures { get; set; } = 5;

    /// <summary>Failures further apart than this start a new count.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted by <see cref="UserStore.SetPasswordAsync"/>.</summary>
    [Range(8, 128)]
    public int MinimumLength { get; set; } = 10;
}
