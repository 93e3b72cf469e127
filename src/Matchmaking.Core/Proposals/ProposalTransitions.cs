using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Proposals;

/// <summary>What can be done to a proposal. Reassign is the coordinator choosing one of the alternatives instead.</summary>
internal enum ProposalAction
{
    Approve,
    Reject,
    Reassign,
    Accept,
    Decline,
    Expire,
    /// <summary>The coordinator takes an approval back before the mentor city has answered: the pair is proposed again.</summary>
    Undo,
    /// <summary>The coordinator pairs the applicant by hand with another mentor: its pending proposal is replaced, not rejected.</summary>
    Replace,
    /// <summary>After a decline, the system approves the applicant's next pair at once, on the coordinator's earlier approval.</summary>
    Reoffer,
}

/// <summary>Who takes an action on a pair; <see cref="ProposalAccess.PartyOf"/> says which of them a user is.</summary>
internal enum ProposalParty
{
    FieldCoordinator,
    MentorCity,
    Scheduler,
}

internal sealed record ProposalTransition(ProposalAction Action, ProposalParty By, ProposalStatus From, ProposalStatus To)
{
    /// <summary>
    /// A review of a proposed pair, as opposed to the mentor city's answer to an approved one: it is stored as the decision
    /// (not the response), and only the latest completed round's proposals can be reviewed.
    /// </summary>
    public bool IsReview => From == ProposalStatus.Proposed;

    /// <summary>A coordinator's act (a review or taking an approval back): only on the latest completed round's proposals.</summary>
    public bool ByCoordinator => By == ProposalParty.FieldCoordinator;

    /// <summary>The mentor's place is free again, so the field is paired again.</summary>
    public bool FreesMentor => To is ProposalStatus.Declined or ProposalStatus.Expired;
}

/// <summary>The transition an action asks for and, when it cannot happen, why (forbidden, or a conflict with the pair's state).</summary>
internal sealed record TransitionCheck(ProposalTransition Transition, Refusal? Refusal = null)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// The lifecycle as a table (see <see cref="ProposalStatus"/>): which action moves a proposal from which status to which, and who
/// takes it. Every change of a proposal's status goes through here and <see cref="ProposalStore.SetStatusAsync"/>. No I/O: the
/// caller brings the status it locked and the party the user is.
/// </summary>
internal static class ProposalTransitions
{
    public static ProposalTransition Of(ProposalAction action) => action switch
    {
        ProposalAction.Approve => new(action, ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Approved),
        ProposalAction.Reject => new(action, ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Rejected),
        // The original proposal is rejected; the alternative pair is approved in its place.
        ProposalAction.Reassign => new(action, ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Rejected),
        ProposalAction.Accept => new(action, ProposalParty.MentorCity, ProposalStatus.Approved, ProposalStatus.Established),
        ProposalAction.Decline => new(action, ProposalParty.MentorCity, ProposalStatus.Approved, ProposalStatus.Declined),
        ProposalAction.Expire => new(action, ProposalParty.Scheduler, ProposalStatus.Approved, ProposalStatus.Expired),
        ProposalAction.Undo => new(action, ProposalParty.FieldCoordinator, ProposalStatus.Approved, ProposalStatus.Proposed),
        ProposalAction.Replace => new(action, ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Replaced),
        ProposalAction.Reoffer => new(action, ProposalParty.Scheduler, ProposalStatus.Proposed, ProposalStatus.Approved),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a proposal action."),
    };

    /// <summary>Who acts is checked before the status, so a stranger learns nothing about the pair's state.</summary>
    public static TransitionCheck Check(ProposalAction action, ProposalParty? actingAs, ProposalStatus status, Phrase? forbidden = null)
    {
        var transition = Of(action);
        if (actingAs != transition.By)
        {
            return new(transition, Refusal.Forbidden(forbidden ?? new Phrase("proposal_not_yours")));
        }

        if (status != transition.From)
        {
            return new(transition, Refusal.Conflict(action == ProposalAction.Reassign
                ? new Phrase("proposal_already", status)
                : new Phrase("proposal_not_in_state", status, transition.From, transition.To)));
        }

        return new(transition);
    }
}
