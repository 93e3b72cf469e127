using Matchmaking.Core.Outcomes;
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
        Answer(id, await proposals.ApproveAsync(id, Actor, Clean(note), cancellationToken), d => T["Pair for {0}: approved.", ApplicantOf(d)]);

    /// <summary>A reject says why: a note of spaces only is refused as none, in the page's language.</summary>
    public async Task<IActionResult> OnPostRejectAsync(long id, string? note, CancellationToken cancellationToken) =>
        Answer(id, await proposals.RejectAsync(id, Actor, Clean(note), cancellationToken), d => d.Next is { } next
            ? T["Pair for {0}: rejected; the next best mentor, {1}, is proposed for your review.", ApplicantOf(d), next.Mentor.City ?? next.Mentor.Id]
            : T["Pair for {0}: rejected; no other mentor of the field has room, so the applicant stays unmatched.", ApplicantOf(d)]);

    public async Task<IActionResult> OnPostUndoAsync(long id, CancellationToken cancellationToken) =>
        Answer(id, await proposals.UndoApprovalAsync(id, Actor, null, cancellationToken),
            d => T["Pair for {0}: the approval is taken back; the pair is proposed again.", ApplicantOf(d)]);

    public async Task<IActionResult> OnPostReassignAsync(long id, string? mentorId, string? note, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(mentorId)
            ? Back(id, null, T["Choose one of the alternatives first."])
            : Answer(id, await proposals.ReassignAsync(id, mentorId, Actor, Clean(note), cancellationToken),
                d => T["Pair for {0}: paired with {1} instead.", ApplicantOf(d), d.Proposal.Mentor.City ?? mentorId]);

    private string ApplicantOf(Decided decided) => decided.Proposal.Applicant.City ?? T["The applicant"];

    private IActionResult Answer(long id, Outcome<Decided> outcome, Func<Decided, string> done) => outcome.Refusal switch
    {
        null => Back(id, outcome.Value!.Proposal, done(outcome.Value)),
        { Kind: RefusalKind.NotFound } => NotFound(),
        { Kind: RefusalKind.Forbidden } => Forbid(),
        { } refusal => Back(id, null, T.Say(refusal.Reason)),
    };

    private RedirectResult Back(long id, ProposalView? proposal, string message)
    {
        Flash = message;
        return Redirect(proposal is null ? $"/coordinator#proposal-{id}" : $"/coordinator?year={proposal.CallYear}#proposal-{proposal.Id}");
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
