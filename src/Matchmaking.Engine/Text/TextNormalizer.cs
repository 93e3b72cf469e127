using System.Globalization;
using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>Unicode normalization shared by the featurizer and the membership rule: lower case, no diacritics.</summary>
internal static class TextNormalizer
{
    /// <summary>Lower-cases, strips diacritics, expands ligatures and turns every other character into a space.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // ASCII needs no decomposition; most English text takes this path.
        var decomposed = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    continue;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    continue;
                case 'ß':
                    builder.Append("ss");
                    continue;
                default:
                    builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Normalized letters and digits only: "Saint-Étienne", "saint etienne" and "SAINT ETIENNE" agree.</summary>
    public static string NameKey(string? name)
    {
        var normalized = Normalize(name);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Word tokens of a text, without stop words, one-letter elisions (l', d', j') or bare numbers.</summary>
    public static List<string> Tokenize(string? text)
    {
        var words = Words(text);
        words.RemoveAll(StopWords.Contains);
        return words;
    }

    /// <summary>
    /// Word tokens with the stop words still in (the thesaurus needs them inside phrases: "vente en ligne", "know how"),
    /// without one-letter elisions or bare numbers.
    /// </summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        foreach (var token in Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length >= 2 && !IsNumber(token))
            {
                words.Add(token);
            }
        }

        return words;
    }

    private static bool IsNumber(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
