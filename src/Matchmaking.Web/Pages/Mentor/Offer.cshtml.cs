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
    public sealed class OfferForm
    {
        public string? Id { get; set; }
        public string Field { get; set; } = "";
        public string Languages { get; set; } = "";
        public int Capacity { get; set; } = 1;
        public string Expertise { get; set; } = "";
        public List<string> SupportForms { get; set; } = [];
    }

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
            Id = offer.Id, Field = offer.Field.DisplayName(), Languages = string.Join(';', offer.Languages), Capacity = offer.Capacity,
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
            ModelState.AddModelError("Form.Field", $"{Actor.City} is not a member of the network in '{Form.Field}'.");
            return Page();
        }

        if (!await mentors.IsOpenForEditsAsync(Year, member.Field, cancellationToken))
        {
            ModelState.AddModelError("", T["A pairing round for {0} has run: the offer can no longer be changed.", FieldNames.Of(member.Field)]);
            return Page();
        }

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
        foreach (var error in batch.Rejected.SelectMany(r => r.Errors))
        {
            ModelState.AddModelError(FormKey(error.Field), T.Say(error));
        }

        return batch.Accepted.Count == 1 ? batch.Accepted[0].Record : null;
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
