using Matchmaking.Core.Ingestion;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// What the import checks found, in the reader's words: a rejected record's <see cref="FieldError"/> with the field by its label in
/// the page's language (the API keeps the field's code, <c>submitted_at</c>) and the cause said with <c>T.Say</c>; an input that
/// cannot be read at all, with where.
/// </summary>
public static class IngestionWords
{
    /// <summary>"applicants.csv, line 3, column 7: malformed quoting: …" in the reader's language.</summary>
    public static string Say(this IStringLocalizer<Texts> texts, UnreadableInputException unreadable)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(unreadable);
        var reason = texts.Say(unreadable.Reason);
        return (unreadable.Line, unreadable.Column) switch
        {
            ({ } line, { } column) => texts["{0}, line {1}, column {2}: {3}", unreadable.SourceName, line, column, reason],
            ({ } line, null) => texts["{0}, line {1}: {2}", unreadable.SourceName, line, reason],
            _ => texts["{0}: {1}", unreadable.SourceName, reason],
        };
    }

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
