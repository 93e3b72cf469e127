using System.Globalization;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Notifications;

/// <summary>The French the notices need: UNESCO's French names of the creative fields, and dates in Paris time.</summary>
public static class FrenchWords
{
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

    /// <summary>"30 juin 2027 à 23:59 (heure de Paris)".</summary>
    public static string Date(DateTimeOffset? at)
    {
        if (at is null)
        {
            return "la date limite de l'appel";
        }

        var paris = TimeZoneInfo.ConvertTime(at.Value, CallSchedule.ParisTimeZone());
        return string.Create(CultureInfo.InvariantCulture, $"{paris.Day} {Months[paris.Month - 1]} {paris.Year} à {paris:HH:mm} (heure de Paris)");
    }
}
