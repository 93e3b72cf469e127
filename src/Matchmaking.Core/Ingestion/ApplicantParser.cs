using System.Collections.Frozen;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Ingestion;

/// <summary>The applicant format: id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls,contact_email.</summary>
internal static class ApplicantParser
{
    public static RecordLayout Layout { get; } = new()
    {
        RequiredColumns = ["id", "city", "country_code", "creative_field", "languages", "submitted_at", "needs"],
        OptionalColumns = ["profile", "previous_calls", "contact_email"],
        ListColumns = FrozenSet.Create(StringComparer.Ordinal, "languages", "previous_calls"),
        Limits = new Dictionary<string, FieldLimit>(StringComparer.Ordinal)
        {
            ["id"] = FieldLimit.Short, ["city"] = FieldLimit.Short, ["country_code"] = FieldLimit.Short,
            ["creative_field"] = FieldLimit.Short, ["languages"] = FieldLimit.Short, ["submitted_at"] = FieldLimit.Short,
            ["needs"] = FieldLimit.Prose, ["profile"] = FieldLimit.Prose, ["previous_calls"] = FieldLimit.Short, ["contact_email"] = FieldLimit.Short,
        }.ToFrozenDictionary(StringComparer.Ordinal),
    };

    /// <returns>Null when any field is invalid; the problems are then in <paramref name="fields"/>.</returns>
    public static ApplicantProfile? Parse(RecordFields fields)
    {
        // Every getter runs, in column order, so that all the problems of the record are reported together.
        var applicant = new ApplicantProfile
        {
            Id = fields.RequiredText("id"),
            City = fields.RequiredText("city"),
            CountryCode = fields.CountryCode("country_code"),
            Field = fields.Field("creative_field"),
            Languages = fields.Languages("languages"),
            SubmittedAt = fields.Timestamp("submitted_at"),
            Needs = fields.RequiredText("needs"),
            Profile = fields.OptionalText("profile"),
            PreviousCalls = fields.Years("previous_calls"),
            ContactEmail = fields.OptionalEmail("contact_email"),
        };
        return fields.HasErrors ? null : applicant;
    }
}
