using System.Globalization;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// The services' <see cref="Phrase"/>s in the reader's words: the sentence of <c>phrase: {code}</c> (English in
/// <c>Resources/Localization.Texts.resx</c>, French in <c>….fr.resx</c>), its arguments in the reader's formats (French
/// decimal commas, dates in Paris time, field names as UNESCO writes them in that language).
/// </summary>
public static class Phrases
{
    public static string Say(this IStringLocalizer<Texts> texts, Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(phrase);
        var format = texts[$"phrase: {phrase.Code}"];
        var args = phrase.Args.Select(a => Argument(texts, a)).ToArray();
        return format.ResourceNotFound
            ? string.Join(' ', [phrase.Code.Replace('_', ' '), .. args])
            : string.Format(CultureInfo.CurrentCulture, format.Value, args);
    }

    /// <summary>
    /// "1 applicant" or "2 applicants" in English, "0 ville" or "2 villes" in French (where 0 and 1 take the singular). Both forms
    /// are phrases of the resources, with the count as {0}.
    /// </summary>
    public static string Plural(this IStringLocalizer<Texts> texts, long count, string one, string many)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var singular = Core.Notifications.PluralRule.TakesSingular(count, PageLanguages.Current);
        return texts[singular ? one : many, count.ToString("N0", CultureInfo.CurrentCulture)];
    }

    /// <summary>A score or a share in the reader's decimal format (0.443 or 0,443).</summary>
    public static string Score(double value, string format = "0.000") => value.ToString(format, CultureInfo.CurrentCulture);

    /// <summary>An instant as a Paris wall-clock date and time in the reader's format ("9 April 2028, 23:59", "9 avril 2028, 23:59").</summary>
    public static string ParisTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, CallSchedule.ParisTimeZone()).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    private static object? Argument(IStringLocalizer<Texts> texts, object? argument) => argument switch
    {
        Phrase phrase => texts.Say(phrase),
        CodeWord word => texts.Code(word.Code),
        CreativeField field => FieldNames.Of(field),
        DateTimeOffset at => ParisTime(at),
        double or float or decimal => Convert.ToDouble(argument, CultureInfo.InvariantCulture).ToString("0.###", CultureInfo.CurrentCulture),
        Enum code => texts.Code(CodeOf(code)),
        _ => argument,
    };

    /// <summary>An enum value as its snake_case code (<c>NotAMemberInField</c> → <c>not_a_member_in_field</c>), as the JSON writes it.</summary>
    private static string CodeOf(Enum value) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
