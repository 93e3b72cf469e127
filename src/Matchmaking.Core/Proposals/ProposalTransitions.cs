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
}

/// <summary>Who takes an action on a pair; <see cref="ProposalAccess.PartyOf"/> says which of them a user is.</summary>
internal enum ProposalParty
{
    FieldCoordinator,
    MentorCity,
    Scheduler,
}

internal sealed record ProposalTransition(ProposalAction Action, ProposalParty By, string From, string To)
{
    /// <summary>
    /// The coordinator's review of a proposed pair, as opposed to the mentor city's answer to an approved one: it is stored as
    /// the decision (not the response), and only the latest completed round's proposals can be reviewed.
    /// </summary>
    public bool IsReview => From == ProposalStatus.Proposed;

    /// <summary>A coordinator's act (a review or taking an approval back): only on the latest completed round's proposals.</summary>
    public bool ByCoordinator => By == ProposalParty.FieldCoordinator;

    /// <summary>The mentor's place is free again, so the field is paired again.</summary>
    public bool FreesMentor => To is ProposalStatus.Declined or ProposalStatus.Expired;
}

/// <summary>The transition an action asks for and, when it cannot happen, why: <see cref="DecisionResult.Forbidden"/> or
/// <see cref="DecisionResult.Conflict"/> with the problem to show.</summary>
internal sealed record TransitionCheck(ProposalTransition Transition, DecisionResult? Refusal = null, string? Problem = null)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// The lifecycle as a table (see <see cref="ProposalStatus"/>): which action moves a proposal from which status to which, and who
/// takes it. No I/O: the caller brings the status it locked and the party the user is.
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
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a proposal action."),
    };

    /// <summary>Who acts is checked before the status, so a stranger learns nothing about the pair's state.</summary>
    public static TransitionCheck Check(ProposalAction action, ProposalParty? actingAs, string status)
    {
        var transition = Of(action);
        if (actingAs != transition.By)
        {
            return new(transition, DecisionResult.Forbidden);
        }

        if (status != transition.From)
        {
            // The API has always worded a reassignment's refusal this way; clients show the text as it is.
            return new(transition, DecisionResult.Conflict, action == ProposalAction.Reassign
                ? $"The proposal is already {status}."
                : $"The proposal is {status}; only a {transition.From} proposal can be {transition.To}.");
        }

        return new(transition);
    }
}
