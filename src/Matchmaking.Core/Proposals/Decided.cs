namespace Matchmaking.Core.Proposals;

/// <summary>A decision carried out: the proposal as it now stands.</summary>
/// <param name="Next">After a reject: the applicant's next best mentor, proposed in the same round, if one had room.</param>
public sealed record Decided(ProposalView Proposal, ProposalView? Next = null);
