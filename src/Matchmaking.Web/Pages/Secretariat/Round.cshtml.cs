using Matchmaking.Core.Proposals;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class RoundModel(RoundService rounds, ProposalService proposals, IStringLocalizer<Texts> T) : AppPage
{
    public RoundView Round { get; private set; } = null!;
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public IReadOnlyList<RoundLeftOver> Unmatched { get; private set; } = [];
    public IReadOnlyList<RoundLeftOver> RejectedOffers { get; private set; } = [];
    /// <summary>The applicants the call's rules admitted (the rest are among the unmatched, with the rule they failed).</summary>
    public int Admissible => Round.Feasibility.Sum(f => f.AdmissibleApplicants);
    internal FeasibilityChart Chart { get; private set; } = FeasibilityChart.For([]);
    public bool InProgress => Round.Status is RoundStatus.Queued or RoundStatus.Running;
    /// <summary>When a later round covers every field of this one, that round: this round's proposals are history.</summary>
    public long? SupersededBy => Proposals.Count > 0 && Proposals.All(p => p.SupersededBy is not null) ? Proposals.Max(p => p.SupersededBy) : null;

    /// <summary>
    /// A pair as this round's page shows it: a proposal a later round replaced before anyone decided on it is marked replaced;
    /// a decided pair keeps its state (a later round carries it).
    /// </summary>
    public ProposalStatus Shown(ProposalView proposal) =>
        proposal.SupersededBy is not null && proposal.Status == ProposalStatus.Proposed ? ProposalStatus.Replaced : proposal.Status;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(id, cancellationToken) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        Chart = FeasibilityChart.For(round.Feasibility);
        if (round.Status == RoundStatus.Completed)
        {
            Proposals = await proposals.ListForRoundAsync(id, cancellationToken);
            Unmatched = await rounds.UnmatchedAsync(id, cancellationToken);
            RejectedOffers = await rounds.RejectedOffersAsync(id, cancellationToken);
        }

        return Page();
    }

    /// <summary>
    /// The secretariat decides for an absent coordinator: the same decisions as the coordinator's, recorded as taken by the
    /// secretariat for the field's coordinator (in the pair's "decided by" and in the audit log). A note saying why is required.
    /// </summary>
    public async Task<IActionResult> OnPostActForAsync(long id, long proposalId, string? action, string? note, CancellationToken cancellationToken)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is null)
        {
            Flash = T["Say why you decide for the coordinator (the note is kept with the decision)."];
            return Redirect($"/secretariat/rounds/{id}");
        }

        var outcome = action switch
        {
            "approve" => await proposals.ApproveAsync(proposalId, Actor, note, cancellationToken, forCoordinator: true),
            "reject" => await proposals.RejectAsync(proposalId, Actor, note, cancellationToken, forCoordinator: true),
            "undo" => await proposals.UndoApprovalAsync(proposalId, Actor, note, cancellationToken, forCoordinator: true),
            _ => null,
        };
        Flash = outcome switch
        {
            null => T["Choose approve, reject or undo."],
            { Refusal: { } refusal } => T.Say(refusal.Reason),
            _ => Done(outcome.Value!),
        };
        return Redirect($"/secretariat/rounds/{id}");
    }

    private string Done(Decided decided)
    {
        var p = decided.Proposal;
        var city = p.Applicant.City ?? p.Applicant.Id;
        var field = FieldNames.Of(p.Field);
        var done = p.Status switch
        {
            ProposalStatus.Approved => T["{0}: approved for the {1} coordinator.", city, field],
            ProposalStatus.Rejected => T["{0}: rejected for the {1} coordinator.", city, field],
            _ => T["{0}: proposed again for the {1} coordinator.", city, field],
        };
        return decided.Next is { } next ? $"{done} {T["The next best mentor, {0}, is proposed.", next.Mentor.City ?? next.Mentor.Id]}" : done;
    }
}
