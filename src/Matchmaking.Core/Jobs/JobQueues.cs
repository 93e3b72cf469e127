namespace Matchmaking.Core.Jobs;

/// <summary>Hangfire queues: pairing rounds apart, so a long mail backlog never delays a round, and mail apart from the rest.</summary>
public static class JobQueues
{
    public const string Rounds = "rounds";
    public const string Default = "default";
    public const string Mail = "mail";

    public static string[] All => [Rounds, Default, Mail];
}
