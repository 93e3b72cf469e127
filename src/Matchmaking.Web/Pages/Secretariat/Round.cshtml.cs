using Matchmaking.Core.Proposals;
using Matchmaking.Core.Rounds;
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
}
