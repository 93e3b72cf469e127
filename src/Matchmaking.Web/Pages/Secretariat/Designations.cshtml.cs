using Matchmaking.Core.Calls;
using Matchmaking.Core.Designations;
using Matchmaking.Web.Designations;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>As <c>PUT /api/calls/{year}/designations</c>: tick the designated applicants; the others become call history.</summary>
public sealed class DesignationsModel(DesignationStore designations, CallStore calls, TimeProvider time, IStringLocalizer<Texts> T) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public CallView? Call { get; private set; }
    public IReadOnlyList<CallOutcome> Outcomes { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Call = await calls.GetAsync(Year, cancellationToken);
        Outcomes = Call is null ? [] : await designations.ListAsync(Year, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int year, string[]? designated, CancellationToken cancellationToken)
    {
        // The store throws for a call that does not exist; a form sent with no year or a wrong one gets the page and a message.
        if (year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            Flash = T["A call year is between {0} and {1}.", CallStore.MinYear, CallStore.MaxYear];
            return Redirect("/secretariat/designations");
        }

        if (await calls.GetAsync(year, cancellationToken) is null)
        {
            Flash = T["There is no call {0} yet.", year];
            return Redirect("/secretariat/designations");
        }

        var outcome = await designations.RecordAsync(year, designated ?? [], Actor.Label, cancellationToken);
        Flash = outcome.Refusal is { } refusal ? T.Say(refusal.Reason) : DesignationWords.Recorded(T, outcome.Value!);
        return Redirect($"/secretariat/designations?year={year}");
    }
}
