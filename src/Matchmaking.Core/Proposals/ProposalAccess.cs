using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// Who may see and act on a proposal: the secretariat sees every one, the coordinator of its field reviews it, its mentor city
/// answers it, and only the scheduler lets an offer expire. The API, the pages and the decisions all ask here.
/// </summary>
internal static class ProposalAccess
{
    /// <summary>
    /// The actor of the offer-expiry follow-up. Recognised by reference, not by value: a signed-in user whose record happens
    /// to carry the same id, name and role is still not the scheduler.
    /// </summary>
    public static readonly CurrentUser Scheduler = new() { Id = 0, Name = "scheduler", Role = UserRole.Secretariat };

    public static bool CanSee(CurrentUser user, ProposalView proposal) =>
        user.IsSecretariat || CanReview(user, proposal) || CanAnswer(user, proposal);

    public static bool CanReview(CurrentUser user, ProposalView proposal) => user.CanReview(proposal.Field);

    public static bool CanAnswer(CurrentUser user, ProposalView proposal) =>
        proposal.Mentor.City is { } city && user.ActsForCity(city, proposal.Mentor.CountryCode ?? "");

    /// <summary>
    /// Which party of this pair the user is, if any. Roles do not overlap, so a user is at most one of them. The secretariat
    /// is the field's coordinator only when it says it acts for an absent one (<paramref name="forCoordinator"/>), so that
    /// it never decides by mistake and its decision is recorded as such.
    /// </summary>
    public static ProposalParty? PartyOf(CurrentUser user, LockedProposal pair, bool forCoordinator = false)
    {
        if (ReferenceEquals(user, Scheduler))
        {
            return ProposalParty.Scheduler;
        }

        if (forCoordinator && user.IsSecretariat)
        {
            return ProposalParty.FieldCoordinator;
        }

        if (user.CanReview(CreativeFields.Parse(pair.CreativeField)))
        {
            return ProposalParty.FieldCoordinator;
        }

        return user.ActsForCity(pair.MentorCity ?? "", pair.MentorCountry ?? "") ? ProposalParty.MentorCity : null;
    }

    /// <summary>Who decided, as the proposal shows it: "secretariat:ana (for the Music coordinator)" when acting for one.</summary>
    public static string DecidedBy(CurrentUser actor, string field, bool forCoordinator) =>
        ActingFor(actor, field, forCoordinator) is null ? actor.Label : $"{actor.Label} (for the {field} coordinator)";

    /// <summary>The coordinator the secretariat acted for, as the audit log records it; null when it did not.</summary>
    public static string? ActingFor(CurrentUser actor, string field, bool forCoordinator) =>
        forCoordinator && actor.IsSecretariat && !ReferenceEquals(actor, Scheduler) ? Notifications.Recipient.Coordinators(CreativeFields.Parse(field)).Format() : null;

    public static Outcomes.Phrase Refusal(LockedProposal pair) =>
        new("proposal_forbidden", CreativeFields.Parse(pair.CreativeField), pair.MentorCity ?? pair.MentorId);
}
