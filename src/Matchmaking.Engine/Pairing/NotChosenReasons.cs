namespace Matchmaking.Engine.Pairing;

/// <summary>Why the applicant's highest-scoring mentor was not the one chosen (<see cref="NotChosen.Reason"/>).</summary>
public static class NotChosenReasons
{
    /// <summary>The mentor's places went to other applicants: the assignment served more applicants, or more score, that way.</summary>
    public const string Capacity = "capacity";
    public const string Language = "language";
    public const string Field = "field";
    public const string Membership = "membership";
    public const string RejectedByCoordinator = "rejected_by_coordinator";
}
