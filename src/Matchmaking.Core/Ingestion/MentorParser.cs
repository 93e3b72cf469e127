using System.Collections.Frozen;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Ingestion;

/// <summary>The mentor offer format: id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since.</summary>
internal static class MentorParser
{
    public static RecordLayout Layout { get; } = new()
    {
        RequiredColumns = ["id", "city", "country_code", "creative_field", "languages", "capacity", "expertise"],
        OptionalColumns = ["support_forms", "member_since", "contact_email"],
        ListColumns = FrozenSet.Create(StringComparer.Ordinal, "languages", "support_forms"),
        Limits = new Dictionary<string, FieldLimit>(StringComparer.Ordinal)
        {
            ["id"] = FieldLimit.Short, ["city"] = FieldLimit.Short, ["country_code"] = FieldLimit.Short,
            ["creative_field"] = FieldLimit.Short, ["languages"] = FieldLimit.Short, ["capacity"] = FieldLimit.Short,
            ["expertise"] = FieldLimit.Prose, ["support_forms"] = new(300), ["member_since"] = FieldLimit.Short, ["contact_email"] = FieldLimit.Short,
        }.ToFrozenDictionary(StringComparer.Ordinal),
    };

    /// <returns>Null when any field is invalid; the problems are then in <paramref name="fields"/>.</returns>
    public static MentorOffer? Parse(RecordFields fields)
    {
        // Every getter runs, in column order, so that all the problems of the record are reported together.
        var offer = new MentorOffer
        {
            Id = fields.RequiredText("id"),
            City = fields.RequiredText("city"),
            CountryCode = fields.CountryCode("country_code"),
            Field = fields.Field("creative_field"),
            Languages = fields.Languages("languages"),
            Capacity = fields.PositiveInteger("capacity"),
            Expertise = fields.RequiredText("expertise"),
            SupportForms = fields.SupportFormList("support_forms"),
            MemberSince = fields.OptionalYear("member_since"),
            ContactEmail = fields.OptionalEmail("contact_email"),
        };
        return fields.HasErrors ? null : offer;
    }
}
