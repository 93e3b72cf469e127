using Matchmaking.Core.Proposals;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class RoundModel(RoundService rounds, ProposalService proposals) : AppPage
{
    public RoundView Round { get; private set; } = null!;
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public IReadOnlyList<RoundLeftOver> Unmatched { get; private set; } = [];
    public IReadOnlyList<RoundLeftOver> RejectedOffers { get; private set; } = [];
    /// <summary>The applicants the call's rules admitted (the rest are among the unmatched, with the rule they failed).</summary>
    public int Admissible => Round.Feasibility.Sum(f => f.AdmissibleApplicants);
    internal FeasibilityChart Chart { get; private set; } = FeasibilityChart.For([]);
    public bool InProgress => Round.Status is RoundStatus.Queued or RoundStatus.Running;

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
            Flash = "Say why you decide for the coordinator (the note is kept with the decision).";
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
            null => "Choose approve, reject or undo.",
            { Result: DecisionResult.Done, Proposal: { } p } =>
                $"{p.Applicant.City ?? p.Applicant.Id}: {p.Status} for the {p.Field.DisplayName()} coordinator."
                + (outcome.Next is { } next ? $" The next best mentor, {next.Mentor.City ?? next.Mentor.Id}, is proposed." : ""),
            { Result: DecisionResult.NotFound } => $"There is no proposal {proposalId}.",
            _ => outcome.Problem ?? "That is not possible in the pair's current state.",
        };
        return Redirect($"/secretariat/rounds/{id}");
    }
}
