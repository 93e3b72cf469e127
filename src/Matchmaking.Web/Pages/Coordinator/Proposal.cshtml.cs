using Matchmaking.Core.Proposals;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Coordinator;

/// <summary>
/// A coordinator's decisions, through the same <see cref="ProposalService"/> methods as <c>POST /api/proposals/{id}/…</c>:
/// the service refuses a proposal outside the coordinator's field, and the page turns that into a 403.
/// </summary>
public sealed class ProposalModel(ProposalService proposals, IStringLocalizer<Texts> T) : AppPage
{
    public ProposalView? Proposal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Proposal = await proposals.GetAsync(id, cancellationToken);
        if (Proposal is null)
        {
            return NotFound();
        }

        // The proposal's whole card (explanation, alternatives, decisions) is on the field's page: one place renders it.
        return ProposalAccess.CanReview(Actor, Proposal)
            ? Redirect($"/coordinator?year={Proposal.CallYear}#proposal-{Proposal.Id}")
            : Forbid();
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, string? note, CancellationToken cancellationToken) =>
        Answer(await proposals.ApproveAsync(id, Actor, Clean(note), cancellationToken), T["approved"]);

    public async Task<IActionResult> OnPostRejectAsync(long id, string? note, CancellationToken cancellationToken)
    {
        var outcome = await proposals.RejectAsync(id, Actor, Clean(note), cancellationToken);
        return Answer(outcome, _ => outcome.Next is { } next
            ? T["rejected; the next best mentor, {0}, is proposed for your review", next.Mentor.City ?? next.Mentor.Id]
            : T["rejected; no other mentor of the field has room, so the applicant stays unmatched"]);
    }

    public async Task<IActionResult> OnPostUndoAsync(long id, CancellationToken cancellationToken) =>
        Answer(await proposals.UndoApprovalAsync(id, Actor, null, cancellationToken), T["the approval is taken back; the pair is proposed again"]);

    public async Task<IActionResult> OnPostReassignAsync(long id, string? mentorId, string? note, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(mentorId)
            ? Back(null, T["Choose one of the alternatives first."])
            : Answer(await proposals.ReassignAsync(id, mentorId, Actor, Clean(note), cancellationToken),
                p => T["paired with {0} instead", p?.Mentor.City ?? mentorId]);

    private IActionResult Answer(DecisionOutcome outcome, string done) => Answer(outcome, _ => done);

    private IActionResult Answer(DecisionOutcome outcome, Func<ProposalView?, string> done) => outcome.Result switch
    {
        DecisionResult.Done => Back(outcome.Proposal,
            $"{outcome.Proposal?.Applicant.City ?? T["The applicant"]}: {done(outcome.Proposal)}."),
        DecisionResult.NotFound => NotFound(),
        DecisionResult.Forbidden => Forbid(),
        _ => Back(outcome.Proposal, outcome.Problem ?? T["That is not possible in the pair's current state."]),
    };

    private RedirectResult Back(ProposalView? proposal, string message)
    {
        Flash = message;
        return Redirect(proposal is null ? "/coordinator" : $"/coordinator?year={proposal.CallYear}#proposal-{proposal.Id}");
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
