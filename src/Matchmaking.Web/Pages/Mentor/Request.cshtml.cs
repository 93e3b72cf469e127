using Matchmaking.Core.Proposals;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Mentor;

/// <summary>
/// A mentor city's answer, through the same <see cref="ProposalService"/> methods as <c>POST /api/proposals/{id}/accept|decline</c>:
/// the service refuses a pair that names another city, and the page turns that into a 403.
/// </summary>
public sealed class RequestModel(ProposalService proposals, IStringLocalizer<Texts> T) : AppPage
{
    public ProposalView? Proposal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Proposal = await proposals.GetAsync(id, cancellationToken);
        if (Proposal is null)
        {
            return NotFound();
        }

        return ProposalAccess.CanAnswer(Actor, Proposal) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAcceptAsync(long id, string? note, CancellationToken cancellationToken) =>
        Answer(await proposals.AcceptAsync(id, Actor, Clean(note), cancellationToken), T["accepted: the partnership is established"]);

    public async Task<IActionResult> OnPostDeclineAsync(long id, string? note, CancellationToken cancellationToken) =>
        Answer(await proposals.DeclineAsync(id, Actor, Clean(note), cancellationToken), T["declined"]);

    private IActionResult Answer(DecisionOutcome outcome, string done)
    {
        switch (outcome.Result)
        {
            case DecisionResult.NotFound:
                return NotFound();
            case DecisionResult.Forbidden:
                return Forbid();
            case DecisionResult.Done:
                Flash = $"{outcome.Proposal?.Applicant.City ?? T["The pairing"]}: {done}.";
                break;
            default:
                Flash = outcome.Problem ?? "That is not possible in the pair's current state.";
                break;
        }

        return Redirect(outcome.Proposal is { } p ? $"/mentor?year={p.CallYear}#request-{p.Id}" : "/mentor");
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
