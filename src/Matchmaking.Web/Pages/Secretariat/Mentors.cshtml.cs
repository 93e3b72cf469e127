using System.Globalization;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>
/// The call's mentor offers: searched, and each edited or added through the import's reader and the same store call as
/// <c>PUT /api/calls/{year}/mentors/{id}</c> (audited). Unlike a mentor city, the secretariat may correct an offer after a
/// round has run; the page says so, since proposals already made keep the scores they had.
/// </summary>
public sealed class MentorsModel(MentorStore mentors, CallStore calls, TimeProvider time, IStringLocalizer<Texts> T) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public string? Query { get; private set; }
    public IReadOnlyList<MentorOffer> Offers { get; private set; } = [];
    public int Total { get; private set; }
    /// <summary>The offer in the form: the one asked for, or what was typed when it was refused.</summary>
    public OfferForm? Editing { get; private set; }
    public IReadOnlyList<FieldError> Errors { get; private set; } = [];
    /// <summary>Said above the form when a round has run for the offer's field.</summary>
    public string? AfterRound { get; private set; }

    public async Task OnGetAsync(int? year, string? q, string? edit, CancellationToken cancellationToken)
    {
        var all = await LoadAsync(year, q, cancellationToken);
        if (edit is null)
        {
            return;
        }

        var found = all.FirstOrDefault(m => m.Id == edit);
        Editing = found is not null ? OfferForm.Of(found) : edit.Length == 0 ? new OfferForm() : null;
        if (found is not null && !await mentors.IsOpenForEditsAsync(Year, found.Field, cancellationToken))
        {
            AfterRound = T["A pairing round for {0} has run: a change applies from the next round, and the proposals already made keep their scores.",
                FieldNames.Of(found.Field)];
        }
    }

    public async Task<IActionResult> OnPostAsync(int year, [FromForm] OfferForm form, CancellationToken cancellationToken)
    {
        var batch = await ProfileForms.ReadAsync(form.ToRecord(), $"page:mentor {form.Id}", ProfileReader.ReadMentorsAsync, cancellationToken);
        if (batch.Rejected.Count > 0 || batch.Accepted.Count != 1)
        {
            await LoadAsync(year, null, cancellationToken);
            (Editing, Errors) = (form, batch.Rejected.Count > 0 ? batch.Rejected[0].Errors : []);
            return Page();
        }

        try
        {
            await mentors.SaveAsync(year, batch.Accepted[0].Record, Actor.Label, cancellationToken);
        }
        catch (CallNotFoundException e)
        {
            Flash = T.Say(e.Reason);
            return Redirect($"/secretariat/mentors?year={year}");
        }

        Flash = T["Offer {0} ({1}) is saved.", form.Id ?? "", form.City ?? ""];
        return Redirect($"/secretariat/mentors?year={year}&q={Uri.EscapeDataString(form.Id ?? "")}");
    }

    private async Task<IReadOnlyList<MentorOffer>> LoadAsync(int? year, string? q, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var all = await mentors.ListAsync(Year, cancellationToken);
        Total = all.Count;
        Offers = Query is null
            ? all
            : [.. all.Where(m => ProfileForms.Matches(Query, m.Id, m.City, m.CountryCode, m.Field.DisplayName(), Core.Notifications.FrenchWords.Field(m.Field), m.Expertise, m.ContactEmail))];
        return all;
    }

    /// <summary>An offer as the form sends it: the import format's fields, lists and numbers as typed.</summary>
    public sealed class OfferForm
    {
        public string? Id { get; set; }
        public string? City { get; set; }
        public string? CountryCode { get; set; }
        public string? CreativeField { get; set; }
        public string? Languages { get; set; }
        public string? Capacity { get; set; }
        public string? Expertise { get; set; }
        public string? SupportForms { get; set; }
        public string? MemberSince { get; set; }
        public string? ContactEmail { get; set; }

        public static OfferForm Of(MentorOffer m) => new()
        {
            Id = m.Id, City = m.City, CountryCode = m.CountryCode, CreativeField = m.Field.DisplayName(), Languages = string.Join(';', m.Languages),
            Capacity = m.Capacity.ToString(CultureInfo.InvariantCulture), Expertise = m.Expertise,
            SupportForms = string.Join(';', m.SupportForms.Select(f => f.Code())), MemberSince = m.MemberSince?.ToString(CultureInfo.InvariantCulture),
            ContactEmail = m.ContactEmail,
        };

        /// <summary>The import format's record (snake_case names, lists as ';'-separated text, as in a CSV cell).</summary>
        public Dictionary<string, string?> ToRecord() => new(StringComparer.Ordinal)
        {
            ["id"] = Id, ["city"] = City, ["country_code"] = CountryCode, ["creative_field"] = CreativeField, ["languages"] = Languages,
            ["capacity"] = Capacity, ["expertise"] = Expertise, ["support_forms"] = SupportForms, ["member_since"] = MemberSince,
            ["contact_email"] = ContactEmail,
        };
    }
}
