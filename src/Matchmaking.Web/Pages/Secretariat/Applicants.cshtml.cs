using Microsoft.Extensions.Localization;
using Matchmaking.Web.Localization;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>
/// The call's applicants: searched, and each edited or added through the same reader and store as an import (one JSON
/// record), so the page accepts and refuses exactly what a file would, and the change is an import in the history.
/// </summary>
public sealed class ApplicantsModel(ApplicantStore applicants, CallStore calls, TimeProvider time, IStringLocalizer<Texts> texts) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public string? Query { get; private set; }
    public IReadOnlyList<ApplicantProfile> Applicants { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>The profile in the form: the one asked for, or what was typed when it was refused.</summary>
    public ApplicantForm? Editing { get; private set; }
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    private IReadOnlyList<ApplicantProfile> all = [];

    public async Task OnGetAsync(int? year, string? q, string? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(year, q, cancellationToken);
        if (edit is not null)
        {
            Editing = all.FirstOrDefault(a => a.Id == edit) is { } found
                ? ApplicantForm.Of(found)
                : edit.Length == 0 ? new ApplicantForm() : null;
        }
    }

    public async Task<IActionResult> OnPostAsync(int year, [FromForm] ApplicantForm form, CancellationToken cancellationToken)
    {
        var batch = await ProfileForms.ReadAsync(form.ToRecord(), "page:applicants", ProfileReader.ReadApplicantsAsync, cancellationToken);
        if (batch.Rejected.Count > 0)
        {
            await LoadAsync(year, null, cancellationToken);
            (Editing, Errors) = (form, batch.Rejected[0].Errors);
            return Page();
        }

        try
        {
            await applicants.ImportAsync(year, batch, Actor.Label, cancellationToken);
        }
        catch (CallNotFoundException e)
        {
            Flash = texts.Say(e.Reason);
            return Redirect($"/secretariat/applicants?year={year}");
        }

        Flash = texts["Applicant {0} ({1}) is saved.", form.Id ?? "", form.City ?? ""];
        return Redirect($"/secretariat/applicants?year={year}&q={Uri.EscapeDataString(form.Id ?? "")}");
    }

    private async Task LoadAsync(int? year, string? q, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        all = await applicants.ListAsync(Year, cancellationToken);
        Total = all.Count;
        Applicants = Query is null ? all : [.. all.Where(a => Matches(a, Query))];
    }

    /// <summary>A search term in the id, the city, the country code, the field (English or French name: "musique"), the needs or the profile, ignoring case and accents.</summary>
    private static bool Matches(ApplicantProfile a, string query) =>
        ProfileForms.Matches(query, a.Id, a.City, a.CountryCode, a.Field.DisplayName(), Core.Notifications.FrenchWords.Field(a.Field), a.Needs,
            a.Profile, a.ContactEmail);

    /// <summary>An applicant as the form sends it: the import format's fields, lists and dates as typed.</summary>
    public sealed class ApplicantForm
    {
        public string? Id { get; set; }
        public string? City { get; set; }
        public string? CountryCode { get; set; }
        public string? CreativeField { get; set; }
        public string? Languages { get; set; }
        public string? SubmittedAt { get; set; }
        public string? Needs { get; set; }
        public string? Profile { get; set; }
        public string? PreviousCalls { get; set; }
        public string? ContactEmail { get; set; }

        public static ApplicantForm Of(ApplicantProfile a) => new()
        {
            Id = a.Id, City = a.City, CountryCode = a.CountryCode, CreativeField = a.Field.DisplayName(), Languages = string.Join(';', a.Languages),
            SubmittedAt = a.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), Needs = a.Needs,
            Profile = a.Profile, PreviousCalls = string.Join(';', a.PreviousCalls), ContactEmail = a.ContactEmail,
        };

        /// <summary>The import format's record (snake_case names, lists as ';'-separated text, as in a CSV cell).</summary>
        public Dictionary<string, string?> ToRecord() => new(StringComparer.Ordinal)
        {
            ["id"] = Id, ["city"] = City, ["country_code"] = CountryCode, ["creative_field"] = CreativeField, ["languages"] = Languages,
            ["submitted_at"] = SubmittedAt, ["needs"] = Needs, ["profile"] = Profile, ["previous_calls"] = PreviousCalls,
            ["contact_email"] = ContactEmail,
        };
    }
}
