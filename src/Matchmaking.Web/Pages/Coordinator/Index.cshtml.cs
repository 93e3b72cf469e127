using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;

namespace Matchmaking.Web.Pages.Coordinator;

/// <summary>The current pairs of the coordinator's own field, as <c>GET /api/calls/{year}/proposals</c> shows them.</summary>
public sealed class IndexModel(
    ProposalService proposals, MentorStore mentors, ApplicantStore applicants, CallStore calls, TimeProvider time) : AppPage
{
    private Dictionary<string, MentorOffer> _mentors = new(StringComparer.Ordinal);

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
        Unpaired = (await applicants.ListAsync(Year, cancellationToken))
            .Where(a => a.Field == actor.Field && !paired.Contains(a.Id)).OrderBy(a => a.City, StringComparer.Ordinal).ToList();
    }

    public string MentorName(string mentorId) =>
        _mentors.TryGetValue(mentorId, out var m) ? $"{m.City} ({m.CountryCode})" : mentorId;
}
