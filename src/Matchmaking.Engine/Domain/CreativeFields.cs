using System.Diagnostics.CodeAnalysis;

namespace Matchmaking.Engine.Domain;

/// <summary>Names of the creative fields as UNESCO writes them, and a tolerant parser for them.</summary>
public static class CreativeFields
{
    public static IReadOnlyList<CreativeField> All { get; } = Enum.GetValues<CreativeField>();

    public static string DisplayName(this CreativeField field) => field switch
    {
        CreativeField.CraftsAndFolkArt => "Crafts and Folk Art",
        CreativeField.Design => "Design",
        CreativeField.Film => "Film",
        CreativeField.Gastronomy => "Gastronomy",
        CreativeField.Literature => "Literature",
        CreativeField.MediaArts => "Media Arts",
        CreativeField.Music => "Music",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown creative field."),
    };

    /// <summary>
    /// Accepts the display name in any case, with or without spaces, hyphens or underscores
    /// ("Crafts and Folk Art", "crafts_and_folk_art", "MediaArts", "media-arts").
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CreativeField? field)
    {
        field = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = Squash(text);
        foreach (var candidate in All)
        {
            if (string.Equals(Squash(candidate.DisplayName()), key, StringComparison.Ordinal))
            {
                field = candidate;
                return true;
            }
        }

        if (Aliases.TryGetValue(key, out var alias))
        {
            field = alias;
            return true;
        }

        return false;
    }

    public static CreativeField Parse(string text) =>
        TryParse(text, out var field) ? field.Value : throw new FormatException($"'{text}' is not a creative field.");

    /// <summary>
    /// Other ways people write the fields: UNESCO's French names (applications come in English or French), the "&amp;"
    /// and plural variants, and the singular "Media Art".
    /// </summary>
    private static readonly Dictionary<string, CreativeField> Aliases = new(StringComparer.Ordinal)
    {
        ["craftsandfolkarts"] = CreativeField.CraftsAndFolkArt,
        ["craftsfolkart"] = CreativeField.CraftsAndFolkArt,
        ["craftsfolkarts"] = CreativeField.CraftsAndFolkArt,
        ["craftandfolkart"] = CreativeField.CraftsAndFolkArt,
        ["artisanatetartspopulaires"] = CreativeField.CraftsAndFolkArt,
        ["artisanatartspopulaires"] = CreativeField.CraftsAndFolkArt,
        ["cinema"] = CreativeField.Film,
        ["gastronomie"] = CreativeField.Gastronomy,
        ["litterature"] = CreativeField.Literature,
        ["mediaart"] = CreativeField.MediaArts,
        ["artsnumeriques"] = CreativeField.MediaArts,
        ["artsmediatiques"] = CreativeField.MediaArts,
        ["musique"] = CreativeField.Music,
    };

    /// <summary>Letters only, lower case, without diacritics: "Cinéma" and "cinema" are one key.</summary>
    private static string Squash(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        Span<char> buffer = decomposed.Length <= 256 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
