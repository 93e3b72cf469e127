using System.Globalization;
using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Calls in the pages, as <c>PUT /api/calls/{year}</c>: create a call, set and move its dates (Paris time).</summary>
public sealed class CallsModel(CallStore calls, FollowUpStore followUps) : AppPage
{
    internal const string InputFormat = "yyyy-MM-ddTHH:mm";

    /// <summary>The form's labels for the API's date names, so that an error names what the person sees.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["year"] = "Year",
        ["interest_deadline"] = "Expressions of interest by",
        ["partnership_deadline"] = "Partnerships established by",
        ["application_deadline"] = "Application deadline",
        ["designations_announced"] = "Designations announced",
        ["dates"] = "Dates",
    };

    public IReadOnlyList<CallView> Calls { get; private set; } = [];
    public IReadOnlyDictionary<int, IReadOnlyList<FollowUpView>> CallTasks { get; private set; } = new Dictionary<int, IReadOnlyList<FollowUpView>>();
    /// <summary>The call whose form failed, with what was typed, so it is shown again with its errors.</summary>
    public int? FailedYear { get; private set; }

    [BindProperty]
    public CallForm Form { get; set; } = new();

    public static string Label(string apiName) => Labels.GetValueOrDefault(apiName, apiName);

    public static string Input(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, CallSchedule.ParisTimeZone()).ToString(InputFormat, CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var year = Form.Year ?? 0;
        var usual = CallSchedule.ForYear(year is >= CallStore.MinYear and <= CallStore.MaxYear ? year : CallStore.MinYear);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var schedule = new CallSchedule
        {
            Year = year,
            InterestDeadline = Parse("interest_deadline", Form.InterestDeadline, usual.InterestDeadline, errors),
            PartnershipDeadline = Parse("partnership_deadline", Form.PartnershipDeadline, usual.PartnershipDeadline, errors),
            ApplicationDeadline = Parse("application_deadline", Form.ApplicationDeadline, usual.ApplicationDeadline, errors),
            DesignationsAnnounced = Parse("designations_announced", Form.DesignationsAnnounced, usual.DesignationsAnnounced, errors),
        };
        if (errors.Count == 0)
        {
            errors = CallDatesCheck.Errors(schedule);
        }

        var existed = errors.Count == 0 && await calls.GetAsync(year, cancellationToken) is not null;
        if (errors.Count > 0 || (Form.IsNew && existed))
        {
            if (Form.IsNew && existed)
            {
                errors["year"] = [$"The call {year} exists already: move its dates in its own form below."];
            }

            foreach (var (name, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Form.{name}", $"{Label(name)}: {message}");
                }
            }

            FailedYear = Form.IsNew ? null : year;
            await LoadAsync(cancellationToken);
            return Page();
        }

        await calls.UpsertAsync(schedule, Actor.Label, cancellationToken);
        Flash = existed
            ? $"The dates of the call {year} are saved; its tasks (late flag, escalation, round close) moved with them."
            : $"The call {year} is created; its tasks (late flag, escalation, round close) are scheduled. Profiles can now be imported into it.";
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

    /// <summary>A date typed in Paris time ("2027-03-30T23:59"); left empty, the usual date of that call year.</summary>
    private static DateTimeOffset Parse(string name, string? text, DateTimeOffset usual, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return usual;
        }

        if (!DateTime.TryParseExact(text.Trim(), [InputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var local))
        {
            errors[name] = [$"'{text}' is not a date and time such as 2027-03-30T23:59 (Paris time)."];
            return usual;
        }

        if (Web.Calls.ParisDateTimeConverter.InParis(local) is { } at)
        {
            return at;
        }

        errors[name] = [$"{text} does not exist in Paris (the clocks go forward that night)."];
        return usual;
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
