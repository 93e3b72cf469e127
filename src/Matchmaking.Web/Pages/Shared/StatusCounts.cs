using Matchmaking.Core.Proposals;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>"1 pair proposed", "4 pairs approved" ("4 jumelages approuvés"): a count of pairs in one status, with its plural.</summary>
internal static class StatusCounts
{
    public static string Of(IStringLocalizer<Texts> T, ProposalStatus status, long count) => status switch
    {
        ProposalStatus.Proposed => T.Plural(count, "{0} pair proposed", "{0} pairs proposed"),
        ProposalStatus.Approved => T.Plural(count, "{0} pair approved", "{0} pairs approved"),
        ProposalStatus.Established => T.Plural(count, "{0} pair established", "{0} pairs established"),
        ProposalStatus.Rejected => T.Plural(count, "{0} pair rejected", "{0} pairs rejected"),
        ProposalStatus.Declined => T.Plural(count, "{0} pair declined", "{0} pairs declined"),
        ProposalStatus.Expired => T.Plural(count, "{0} pair expired", "{0} pairs expired"),
        _ => T.Plural(count, "{0} pair replaced", "{0} pairs replaced"),
    };
}
