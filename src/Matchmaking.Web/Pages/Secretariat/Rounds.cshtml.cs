using Matchmaking.Core.Calls;
using Matchmaking.Core.Rounds;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Starting a round here is <c>POST /api/calls/{year}/rounds</c>: the same service stores it and schedules its job.</summary>
public sealed class RoundsModel(RoundService rounds, CallStore calls, TimeProvider time, IStringLocalizer<Texts> T) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public IReadOnlyList<RoundView> Rounds { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Rounds = await rounds.ListAsync(Year, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancellationToken)
    {
        if (year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            Flash = T["A call year is between {0} and {1}.", CallStore.MinYear, CallStore.MaxYear];
            return Redirect("/secretariat/rounds");
        }

        RoundView round;
        bool joined;
        try
        {
            (round, joined) = await rounds.RequestOrJoinAsync(year, Actor, cancellationToken);
        }
        catch (CallNotFoundException e)
        {
            Flash = T.Say(e.Reason);
            return Redirect("/secretariat/rounds");
        }

        Flash = joined
            ? T["Round #{0} of this call is already {1}; this page follows it instead of starting another.", round.Id, T.Code(round.Status)]
            : T["Round #{0} is queued; this page refreshes until it is done.", round.Id];
        return Redirect($"/secretariat/rounds/{round.Id}");
    }
}
