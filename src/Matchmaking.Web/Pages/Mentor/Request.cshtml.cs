using Matchmaking.Core.Outcomes;
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
        Answer(id, await proposals.AcceptAsync(id, Actor, Clean(note), cancellationToken),
            city => T["Pairing with {0}: accepted; the partnership is established.", city]);

    public async Task<IActionResult> OnPostDeclineAsync(long id, string? note, CancellationToken cancellationToken) =>
        Answer(id, await proposals.DeclineAsync(id, Actor, Clean(note), cancellationToken), city => T["Pairing with {0}: declined.", city]);

    private IActionResult Answer(long id, Outcome<Decided> outcome, Func<string, string> done)
    {
        switch (outcome.Refusal)
        {
            case { Kind: RefusalKind.NotFound }:
                return NotFound();
            case { Kind: RefusalKind.Forbidden }:
                return Forbid();
            case null:
                var p = outcome.Value!.Proposal;
                Flash = done(p.Applicant.City ?? p.Applicant.Id);
                return Redirect($"/mentor?year={p.CallYear}#request-{p.Id}");
            case { } refusal:
                Flash = T.Say(refusal.Reason);
                return Redirect($"/mentor#request-{id}");
        }
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
