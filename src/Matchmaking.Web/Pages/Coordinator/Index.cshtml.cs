using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Coordinator;

/// <summary>The current pairs of the coordinator's own field, as <c>GET /api/calls/{year}/proposals</c> shows them.</summary>
public sealed class IndexModel(
    ProposalService proposals, MentorStore mentors, ApplicantStore applicants, CallStore calls, TimeProvider time, IStringLocalizer<Texts> T)
    : AppPage
{
    private Dictionary<string, MentorOffer> _mentors = new(StringComparer.Ordinal);
    private Dictionary<string, ApplicantProfile> _applicants = new(StringComparer.Ordinal);

    public int Year { get; private set; }
    public string Field => Actor.Field?.DisplayName() ?? "";
    /// <summary>The field's name in the page's language.</summary>
    public string FieldName => Actor.Field is { } own ? Localization.FieldNames.Of(own) : "";
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public YearPicker Picker { get; private set; } = null!;
    /// <summary>Applicants of the field with no pair proposed, approved or established: the coordinator may pair them by hand.</summary>
    internal IReadOnlyList<ApplicantProfile> Unpaired { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var actor = Actor;
        Year = await CallYearChoice.ResolveForAsync(year, calls, time, async y =>
        {
            var own = (await proposals.ListCurrentAsync(y, cancellationToken)).Where(p => ProposalAccess.CanReview(actor, p)).ToList();
            return (own.Any(p => p.Status == ProposalStatus.Proposed), own.Count > 0);
        }, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Proposals = (await proposals.ListCurrentAsync(Year, cancellationToken)).Where(p => ProposalAccess.CanReview(actor, p)).ToList();
        _mentors = (await mentors.ListAsync(Year, cancellationToken)).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var paired = Proposals.Where(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Established)
            .Select(p => p.Applicant.Id).ToHashSet(StringComparer.Ordinal);
        _applicants = (await applicants.ListAsync(Year, cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        Unpaired = _applicants.Values
            .Where(a => a.Field == actor.Field && !paired.Contains(a.Id)).OrderBy(a => a.City, StringComparer.Ordinal).ToList();
    }

    public string MentorName(string mentorId) =>
        _mentors.TryGetValue(mentorId, out var m) ? $"{m.City} ({m.CountryCode})" : mentorId;

    public string ApplicantName(string applicantId) =>
        _applicants.TryGetValue(applicantId, out var a) ? $"{a.City} ({a.CountryCode})" : applicantId;

    /// <summary>
    /// How the pair came to be proposed, when not simply by a round: after a reject, by the coordinator's pick or hand, by the
    /// system's re-offer, or by a new round that changed the applicant's pending proposal (and why); null for a round's pair.
    /// </summary>
    public LocalizedString? HowItCame(ProposalView p) => p switch
    {
        { Reoffered: true } => T["Offered at once by the system after the previous mentor city declined or did not answer."],
        { Origin: ProposalOrigin.NextBest, ReplacesMentorId: { } rejected } =>
            T["Proposed after {0} was rejected: the applicant's next best mentor city with a place.", MentorName(rejected)],
        { Origin: ProposalOrigin.Alternative, ReplacesMentorId: { } passed } => T["Picked by the coordinator instead of {0}.", MentorName(passed)],
        { Origin: ProposalOrigin.ByHand, ReplacesMentorId: { } passed } => T["Paired by hand instead of {0}.", MentorName(passed)],
        { Origin: ProposalOrigin.Round, ReplacesMentorId: { } before, PlaceTakenBy: { } taker } =>
            T["Changed by a new pairing round: {0} was proposed before. Its place went to {1}, which had no other mentor city with a place.",
                MentorName(before), ApplicantName(taker)],
        { Origin: ProposalOrigin.Round, ReplacesMentorId: { } before } =>
            T["Changed by a new pairing round: {0} was proposed before and is no longer available to this applicant.", MentorName(before)],
        _ => null,
    };
}
