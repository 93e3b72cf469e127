using Matchmaking.Core.Proposals;
using Matchmaking.Core.Rounds;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class RoundModel(RoundService rounds, ProposalService proposals) : AppPage
{
    public RoundView Round { get; private set; } = null!;
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
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
        }

        return Page();
    }
}
