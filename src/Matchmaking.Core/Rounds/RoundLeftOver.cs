namespace Matchmaking.Core.Rounds;

/// <summary>An applicant a round left unmatched, or a mentor offer it did not admit, with the engine's reasons.</summary>
/// <param name="NowPairedWith">For an unmatched applicant paired since (by hand, or by a later round): its mentor city as it stands now.</param>
/// <param name="NowStatus">That pair's status (proposed, approved or established).</param>
public sealed record RoundLeftOver(
    string Id, string? City, string? CountryCode, string? Field, IReadOnlyList<string> Reasons, string? NowPairedWith = null,
    Proposals.ProposalStatus? NowStatus = null);
