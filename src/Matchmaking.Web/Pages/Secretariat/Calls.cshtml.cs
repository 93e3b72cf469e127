using System.Globalization;
using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Calls in the pages, as <c>PUT /api/calls/{year}</c>: create a call, set and move its dates (Paris time).</summary>
public sealed class CallsModel(CallStore calls, FollowUpStore followUps, IStringLocalizer<Texts> texts) : AppPage
{
    internal const string InputFormat = "yyyy-MM-ddTHH:mm";

    public IReadOnlyList<CallView> Calls { get; private set; } = [];
    public IReadOnlyDictionary<int, IReadOnlyList<FollowUpView>> CallTasks { get; private set; } = new Dictionary<int, IReadOnlyList<FollowUpView>>();
    /// <summary>The call whose form failed, with what was typed, so it is shown again with its errors.</summary>
    public int? FailedYear { get; private set; }

    /// <summary>
    /// The confirmation of the call just created or saved, shown in that call's section: the page opens there (#call-2029),
    /// below the top of the page where the site's one-time message would sit out of sight.
    /// </summary>
    [TempData(Key = "CallSaved")]
    public string? Saved { get; set; }

    [TempData(Key = "CallSavedYear")]
    public int? SavedYear { get; set; }

    [BindProperty]
    public CallForm Form { get; set; } = new();

    /// <summary>The form's label for the API's date names, so that an error names what the person sees.</summary>
    public string Label(string apiName) => apiName switch
    {
        "year" => texts["Year"],
        "interest_deadline" => texts["Expressions of interest by"],
        "partnership_deadline" => texts["Partnerships established by"],
        "application_deadline" => texts["Application deadline"],
        "designations_announced" => texts["Designations announced"],
        "dates" => texts["Dates"],
        _ => apiName,
    };

    public static string Input(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, CallSchedule.ParisTimeZone()).ToString(InputFormat, CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var year = Form.Year ?? 0;
        var reading = CallDatesCheck.Read(year, new CallDateTexts(
            Form.InterestDeadline, Form.PartnershipDeadline, Form.ApplicationDeadline, Form.DesignationsAnnounced));
        var errors = reading.Refusals.Select(r => (Field: r.Field ?? "dates", Words: texts.Say(r.Reason))).ToList();
        var existed = reading.IsValid && await calls.GetAsync(year, cancellationToken) is not null;
        if (Form.IsNew && existed)
        {
            errors.Add(("year", texts["The call {0} exists already: move its dates in its own form below.", year]));
        }

        if (errors.Count > 0)
        {
            foreach (var (field, words) in errors)
            {
                ModelState.AddModelError($"Form.{field}", Typography.Colon(Label(field), words));
            }

            FailedYear = Form.IsNew ? null : year;
            await LoadAsync(cancellationToken);
            return Page();
        }

        await calls.UpsertAsync(reading.Schedule, Actor.Label, cancellationToken);
        SavedYear = year;
        Saved = existed
            ? texts["The dates of the call {0} are saved; its tasks (late flag, escalation, round close) moved with them.", year]
            : texts["The call {0} is created; its tasks (late flag, escalation, round close) are scheduled. Profiles can now be imported into it.", year];
        return Redirect($"/secretariat/calls#call-{year}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Calls = await calls.ListAsync(cancellationToken);
        var tasks = new Dictionary<int, IReadOnlyList<FollowUpView>>();
        foreach (var call in Calls)
        {
            tasks[call.Year] = [.. (await followUps.ListAsync(call.Year, cancellationToken)).Where(t => t.ProposalId is null).OrderBy(t => t.DueAt)];
        }

        CallTasks = tasks;
    }

    public sealed class CallForm
    {
        public int? Year { get; set; }
        /// <summary>Set by the "new call" form: an existing year is refused there rather than silently moved.</summary>
        public bool IsNew { get; set; }
        public string? InterestDeadline { get; set; }
        public string? PartnershipDeadline { get; set; }
        public string? ApplicationDeadline { get; set; }
        public string? DesignationsAnnounced { get; set; }
    }
}
