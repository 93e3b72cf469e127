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

        // "Crafts and Folk Arts" is a common variant of the official name.
        if (string.Equals(key, "craftsandfolkarts", StringComparison.Ordinal))
        {
            field = CreativeField.CraftsAndFolkArt;
            return true;
        }

        return false;
    }

    public static CreativeField Parse(string text) =>
        TryParse(text, out var field) ? field.Value : throw new FormatException($"'{text}' is not a creative field.");

    private static string Squash(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
