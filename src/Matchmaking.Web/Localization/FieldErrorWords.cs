using Matchmaking.Core.Ingestion;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// A rejected record's <see cref="FieldError"/> in the reader's words: the field by its label in the page's language (the API
/// keeps the field's code, <c>submitted_at</c>), the cause said with <c>T.Say</c>.
/// </summary>
public static class FieldErrorWords
{
    /// <summary>"Submitted at: 'tomorrow' is not an ISO 8601 date and time; …", "Date de dépôt : « demain » n'est pas …".</summary>
    public static string Say(this IStringLocalizer<Texts> texts, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(error);
        return texts["{0}: {1}", texts.FieldLabel(error.Field), texts.Say(error.Cause)];
    }

    /// <summary>The label of a field of the import formats as a page shows it; a field the formats do not know keeps its name.</summary>
    public static string FieldLabel(this IStringLocalizer<Texts> texts, string field)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return field switch
        {
            "id" => texts["Id"],
            "city" => texts["City"],
            "country_code" => texts["Country code"],
            "creative_field" => texts["Creative field"],
            "languages" => texts["Languages"],
            "submitted_at" => texts["Submitted at"],
            "needs" => texts["Needs"],
            "profile" => texts["Profile"],
            "previous_calls" => texts["Previous calls"],
            "contact_email" => texts["Contact e-mail"],
            "capacity" => texts["Capacity"],
            "expertise" => texts["What it can offer"],
            "support_forms" => texts["Forms of support"],
            "member_since" => texts["Member since"],
            FieldError.WholeRecord => texts["The record"],
            _ => field,
        };
    }
}
