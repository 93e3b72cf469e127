namespace Matchmaking.Core.Rounds;

public static class RoundStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
