using Matchmaking.Core.Calls;
using Matchmaking.Core.Designations;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>As <c>PUT /api/calls/{year}/designations</c>: tick the designated applicants; the others become call history.</summary>
public sealed class DesignationsModel(DesignationStore designations, CallStore calls, TimeProvider time) : AppPage
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
        Flash = (await designations.RecordAsync(year, designated ?? [], Actor.Label, cancellationToken)).Message;
        return Redirect($"/secretariat/designations?year={year}");
    }
}
