namespace Matchmaking.Core.Proposals;

public enum DecisionResult
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

public sealed record DecisionOutcome(DecisionResult Result, ProposalView? Proposal = null, string? Problem = null);
