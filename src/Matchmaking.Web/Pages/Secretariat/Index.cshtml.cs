using Matchmaking.Core.Calls;
using Matchmaking.Core.Rounds;
using Matchmaking.Web.Pages.Shared;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class IndexModel(CallStore calls, CallOverviewService overviews, RoundService rounds, TimeProvider time) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public CallOverview? Overview { get; private set; }
    internal FeasibilityChart Chart { get; private set; } = FeasibilityChart.For([]);
    public RoundView? LatestRound { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Overview = await overviews.GetAsync(Year, cancellationToken);
        if (Overview is not null)
        {
            Chart = FeasibilityChart.For(Overview.Fields);
            // The call-wide picture: a one-field re-run (after a decline) covers one field only.
            var all = await rounds.ListAsync(Year, cancellationToken);
            LatestRound = all.FirstOrDefault(r => r.Field is null) ?? (all.Count > 0 ? all[0] : null);
        }
    }
}
