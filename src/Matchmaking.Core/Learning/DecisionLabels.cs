using Matchmaking.Core.Proposals;

namespace Matchmaking.Core.Learning;

/// <summary>What a pair's latest state says about it as a labelled example for the text model.</summary>
public static class DecisionLabels
{
    /// <summary>
    /// Right: approved or accepted by the mentor, or made or picked by the coordinator (by hand, an alternative). Wrong:
    /// rejected by the coordinator, declined by the mentor, or replaced by a pair made by hand. No label: a round's proposal
    /// nobody decided on yet, or an offer that expired without an answer (it says nothing about the fit).
    /// </summary>
    public static bool? Of(ProposalStatus status, ProposalOrigin origin) => status switch
    {
        ProposalStatus.Approved or ProposalStatus.Established => true,
        ProposalStatus.Rejected or ProposalStatus.Declined or ProposalStatus.Replaced => false,
        ProposalStatus.Proposed when origin is ProposalOrigin.ByHand or ProposalOrigin.Alternative => true,
        _ => null,
    };
}
