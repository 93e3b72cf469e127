using System.Globalization;
using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Pages.Shared;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Mentor;

/// <summary>
/// A mentor city creates or edits its own offer. The form is checked by the same reader as the imports and
/// <c>PUT /api/calls/{year}/mentors/{id}</c>, and the same ownership and "until the round runs" rules apply.
/// </summary>
public sealed class OfferModel(MentorStore mentors, CallStore calls, TimeProvider time, IStringLocalizer<Texts> T) : AppPage
{
    /// <summary>
    /// Text as typed, nothing required or typed by the binder: the page checks the form itself and says what is wrong next to
    /// each field in the page's language (the binder would add its own English "The Expertise field is required.").
    /// </summary>
    public sealed class OfferForm
    {
        public string? Id { get; set; }
        public string? Field { get; set; }
        public string? Languages { get; set; }
        public string? Capacity { get; set; } = "1";
        public string? Expertise { get; set; }
        public List<string> SupportForms { get; set; } = [];
    }

    private const int MaxCapacity = 20;

    [BindProperty]
    public OfferForm Form { get; set; } = new();

    public int Year { get; private set; }
    public IReadOnlyList<MemberCity> Members { get; private set; } = [];
    /// <summary>Why the offer can no longer be changed (a round for its field has run), shown before anything is typed.</summary>
    public string? Locked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Members = Membership.Of(Actor);
        if (id is null)
        {
            var fields = await Membership.OpenFieldsAsync(Actor, Year, mentors, cancellationToken);
            var open = Members.Where(m => fields.Contains(m.Field)).ToList();

            if (Members.Count > 0 && open.Count == 0)
            {
                Locked = T["A pairing round has run for every field of your city in this call: no new offer can be made."];
            }

            Members = open.Count > 0 ? open : Members;
            return Page();
        }

        var offer = await mentors.GetAsync(Year, id, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        if (!Actor.ActsForCity(offer.City, offer.CountryCode))
        {
            return Forbid();
        }

        if (!await mentors.IsOpenForEditsAsync(Year, offer.Field, cancellationToken))
        {
            Locked = T["A pairing round for {0} has run: the offer can no longer be changed.", FieldNames.Of(offer.Field)];
        }

        Form = new OfferForm
        {
            Id = offer.Id, Field = offer.Field.DisplayName(), Languages = string.Join(';', offer.Languages),
            Capacity = offer.Capacity.ToString(CultureInfo.InvariantCulture),
            Expertise = offer.Expertise, SupportForms = offer.SupportForms.Select(f => f.Code()).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Members = Membership.Of(Actor);
        // Another city's offer is refused before anything else is looked at.
        var existing = Form.Id is null ? null : await mentors.GetAsync(Year, Form.Id, cancellationToken);
        if (existing is not null && !Actor.ActsForCity(existing.City, existing.CountryCode))
        {
            return Forbid();
        }

        var member = CreativeFields.TryParse(Form.Field, out var field) ? Members.FirstOrDefault(m => m.Field == field) : null;
        if (member is null)
        {
            ModelState.AddModelError("Form.Field", T["{0} is not a member of the network in {1}.", Actor.City ?? "", Form.Field ?? ""]);
            return Page();
        }

        if (!await mentors.IsOpenForEditsAsync(Year, member.Field, cancellationToken))
        {
            ModelState.AddModelError("", T["A pairing round for {0} has run: the offer can no longer be changed.", FieldNames.Of(member.Field)]);
            return Page();
        }

        Check();
        var id = existing?.Id ?? $"offer-{Slug(member.City)}-{Slug(member.Field.DisplayName())}";
        var offer = await ReadAsync(id, member, cancellationToken);
        if (offer is null)
        {
            return Page();
        }

        await mentors.SaveAsync(Year, offer, Actor.Label, cancellationToken);
        Flash = T["Your {0} offer is saved.", FieldNames.Of(member.Field)];
        return Redirect($"/mentor?year={Year}");
    }

    /// <summary>Validates the form as one JSON record of the mentor format; problems go to the form's fields.</summary>
    private async Task<MentorOffer?> ReadAsync(string id, MemberCity member, CancellationToken cancellationToken)
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["city"] = member.City,
            ["country_code"] = member.CountryCode,
            ["creative_field"] = member.Field.DisplayName(),
            ["languages"] = Form.Languages,
            ["capacity"] = Form.Capacity,
            ["expertise"] = Form.Expertise,
            ["support_forms"] = Form.SupportForms,
            ["member_since"] = member.YearDesignated,
        };
        using var input = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new[] { record }, JsonDefaults.Options));
        var batch = await ProfileReader.ReadMentorsAsync(input, ImportFormat.Json, $"page:mentor {id}", cancellationToken);
        // One message per field: what the page found first, else the reader's first (its cause, without the field's code).
        foreach (var error in batch.Rejected.SelectMany(r => r.Errors))
        {
            var key = FormKey(error.Field);
            if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, T.Say(error));
            }
        }

        return batch.Accepted.Count == 1 && ModelState.IsValid ? batch.Accepted[0].Record : null;
    }

    /// <summary>What a person can get wrong in the form, in the page's words; the reader then checks the rest.</summary>
    private void Check()
    {
        if (string.IsNullOrWhiteSpace(Form.Languages))
        {
            ModelState.AddModelError("Form.Languages", T["Write at least one language code, e.g. en;fr."]);
        }

        if (!int.TryParse(Form.Capacity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) || capacity is < 1 or > MaxCapacity)
        {
            ModelState.AddModelError("Form.Capacity", T["Write a whole number from 1 to {0}.", MaxCapacity]);
        }

        if (string.IsNullOrWhiteSpace(Form.Expertise))
        {
            ModelState.AddModelError("Form.Expertise", T["Say what your city can offer applicant cities."]);
        }
    }

    private static string FormKey(string field) => field switch
    {
        "languages" => "Form.Languages",
        "capacity" => "Form.Capacity",
        "expertise" => "Form.Expertise",
        "support_forms" => "Form.SupportForms",
        _ => "",
    };

    private static string Slug(string text) => CityNames.Key(text).Replace(' ', '-');
}
