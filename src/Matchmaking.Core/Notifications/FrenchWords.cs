using System.Globalization;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// The French the notices need, with French grammar: UNESCO's French names of the creative fields, dates in Paris time,
/// elision ("d'Essaouira"), counts (0 and 1 take the singular) and decimal commas. A no-break space (<see cref="Nbsp"/>)
/// goes before ":", ";", "?" and "!" in every French text.
/// </summary>
public static class FrenchWords
{
    /// <summary>The space French typography puts before a two-part punctuation mark and inside guillemets.</summary>
    public const string Nbsp = "\u00a0";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>"Musique" for "Music"; a name that is not a field is returned as it is.</summary>
    public static string Field(string? field) => field is not null && CreativeFields.TryParse(field, out var parsed) ? Field(parsed.Value) : field ?? "";

    public static string Field(CreativeField field) => field switch
    {
        CreativeField.CraftsAndFolkArt => "Artisanat et arts populaires",
        CreativeField.Design => "Design",
        CreativeField.Film => "Cinéma",
        CreativeField.Gastronomy => "Gastronomie",
        CreativeField.Literature => "Littérature",
        CreativeField.MediaArts => "Arts numériques",
        CreativeField.Music => "Musique",
        _ => field.DisplayName(),
    };

    /// <summary>"9 avril 2028 à 23 h 59 (heure de Paris)", "1er juillet 2028 à 9 h 00 (heure de Paris)".</summary>
    public static string Date(DateTimeOffset? at)
    {
        if (at is null)
        {
            return "la date limite de l'appel";
        }

        var paris = TimeZoneInfo.ConvertTime(at.Value, CallSchedule.ParisTimeZone());
        var day = paris.Day == 1 ? "1er" : paris.Day.ToString(CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{day} {Months[paris.Month - 1]} {paris.Year} à {paris.Hour}{Nbsp}h{Nbsp}{paris:mm} (heure de Paris)");
    }

    /// <summary>"d'Essaouira", "de Zahlé", "du Mans" (Le Mans), "des Sables-d'Olonne" (Les …). The name stays as written.</summary>
    /// <remarks>The one elision of the code base: the pages' <c>FrenchGrammar</c> says the same words through these.</remarks>
    public static string De(string name) => FrenchElision.Contract(name, "de ", "d'", "du ", "des ");

    /// <summary>"l'Essaouira", "le Zahlé": the article before a name used as a noun.</summary>
    public static string Le(string name) => FrenchElision.Contract(name, "le ", "l'", "le ", "les ");

    /// <summary>"que Bologna", "qu'Essaouira".</summary>
    public static string Que(string name) => FrenchElision.Contract(name, "que ", "qu'", "que le ", "que les ");

    /// <summary>"0 ville candidate", "1 ville candidate", "2 villes candidates": French counts 0 and 1 in the singular.</summary>
    public static string Count(long count, string one, string many) =>
        string.Create(French, $"{count} {(PluralRule.TakesSingular(count, MailLanguage.French) ? one : many)}");

    /// <summary>A number as French writes it: "0,443", "1 234,5".</summary>
    public static string Number(double value, string format = "0.###") => value.ToString(format, French);
}
