using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;

namespace Matchmaking.Web.Pages.Mentor;

/// <summary>A mentor city's own pairing requests and offers; what it sees is what the API shows it.</summary>
public sealed class IndexModel(
    ProposalService proposals, MentorStore mentors, ApplicantStore applicants, CallStore calls, TimeProvider time) : AppPage
{
    public int Year { get; private set; }
    public string City => Actor.City ?? "";
    public IReadOnlyList<ProposalView> Requests { get; private set; } = [];
    public IReadOnlyList<MentorOffer> Offers { get; private set; } = [];
    public IReadOnlySet<CreativeField> Open { get; private set; } = new HashSet<CreativeField>();
    public IReadOnlyDictionary<string, string> Needs { get; private set; } = new Dictionary<string, string>();
    /// <summary>The applicant's contact e-mail, shown only once the partnership is established.</summary>
    public IReadOnlyDictionary<string, string> Contacts { get; private set; } = new Dictionary<string, string>();
    public bool CanAdd { get; private set; }
    public YearPicker Picker { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var actor = Actor;
        Year = await CallYearChoice.ResolveForAsync(year, calls, time, async y =>
        {
            var own = (await proposals.ListCurrentAsync(y, cancellationToken)).Where(p => ProposalAccess.CanAnswer(actor, p)).ToList();
            var offers = (await mentors.ListAsync(y, cancellationToken)).Any(o => actor.ActsForCity(o.City, o.CountryCode));
            return (own.Any(p => p.Status == ProposalStatus.Approved), offers || own.Count > 0);
        }, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        // Requests are the pairs a coordinator approved, and what the city answered; pairs still under review are not its business yet.
        Requests = (await proposals.ListCurrentAsync(Year, cancellationToken))
            .Where(p => ProposalAccess.CanAnswer(actor, p) && p.Status is not (ProposalStatus.Proposed or ProposalStatus.Rejected or ProposalStatus.Replaced))
            .ToList();
        Offers = (await mentors.ListAsync(Year, cancellationToken)).Where(o => actor.ActsForCity(o.City, o.CountryCode)).ToList();
        Open = await Membership.OpenFieldsAsync(actor, Year, mentors, cancellationToken);
        CanAdd = Open.Except(Offers.Select(o => o.Field)).Any();
        var wanted = Requests.Select(r => r.Applicant.Id).ToHashSet(StringComparer.Ordinal);
        var profiles = (await applicants.ListAsync(Year, cancellationToken)).Where(a => wanted.Contains(a.Id)).ToList();
        Needs = profiles.ToDictionary(a => a.Id, a => a.Needs, StringComparer.Ordinal);
        var established = Requests.Where(r => r.Status == ProposalStatus.Established).Select(r => r.Applicant.Id).ToHashSet(StringComparer.Ordinal);
        Contacts = profiles.Where(a => established.Contains(a.Id) && a.ContactEmail is not null)
            .ToDictionary(a => a.Id, a => a.ContactEmail!, StringComparer.Ordinal);
    }
}
