namespace Matchmaking.Core.Rounds;

public sealed class RoundOptions
{
    public const string Section = "Rounds";

    /// <summary>
    /// A pause between claiming a round and computing it, for failure drills only (the two-worker crash test kills the
    /// worker during this pause). Zero in production.
    /// </summary>
    public TimeSpan PauseAfterClaim { get; set; } = TimeSpan.Zero;
}
