namespace Matchmaking.Core.Proposals;

/// <summary>
/// proposed → approved (coordinator) → established (mentor accepts) | declined (mentor) | expired (no answer in time);
/// proposed → rejected (coordinator); approved → proposed (the coordinator undoes it before the mentor answers). Declined,
/// expired and rejected pairs are never proposed again.
/// </summary>
public static class ProposalStatus
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Established = "established";
    public const string Rejected = "rejected";
    public const string Declined = "declined";
    public const string Expired = "expired";

    /// <summary>Pairs kept as they are by a re-run.</summary>
    public static readonly IReadOnlyList<string> Fixed = [Approved, Established];

    /// <summary>Pairs a re-run never proposes again.</summary>
    public static readonly IReadOnlyList<string> Forbidden = [Rejected, Declined, Expired];
}
