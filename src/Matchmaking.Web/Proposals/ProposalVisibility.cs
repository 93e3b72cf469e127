using Matchmaking.Core.Proposals;
using Matchmaking.Core.Users;

namespace Matchmaking.Web.Proposals;

/// <summary>Who sees a proposal: the secretariat, the coordinator of its field, and its mentor city.</summary>
internal static class ProposalVisibility
{
    public static bool CanSee(CurrentUser user, ProposalView proposal) =>
        user.IsSecretariat || user.CanReview(proposal.Field)
        || (proposal.Mentor.City is not null && user.ActsForCity(proposal.Mentor.City, proposal.Mentor.CountryCode ?? ""));
}
