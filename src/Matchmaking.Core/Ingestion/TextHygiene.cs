using System.Globalization;
using System.Text;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// What text the service accepts at its edges: no control characters (tab and line breaks aside in free text), no broken
/// UTF-16 (a lone surrogate), within a length. PostgreSQL refuses NUL in text and JSON, so one such character would
/// otherwise fail the whole transaction it is written in.
/// </summary>
public static class TextHygiene
{
    /// <summary>Why <paramref name="value"/> is refused, in English; null when it is acceptable.</summary>
    /// <remarks>For a person, say <see cref="Check"/>'s phrase in their language instead.</remarks>
    public static string? Problem(string value, bool freeText, int maxLength) => Check(value, freeText, maxLength)?.InEnglish();

    /// <summary>Why <paramref name="value"/> is refused, as a phrase for its sender; null when it is acceptable.</summary>
    /// <param name="freeText">Free text may hold tabs and line breaks; a name or a code may not.</param>
    public static Phrase? Check(string value, bool freeText, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return new Phrase("text_broken_character", i + 1);
            }

            if (char.IsControl(c) && !(freeText && c is '\t' or '\n' or '\r'))
            {
                return new Phrase("text_control_character", Name(c), i + 1);
            }
        }

        var length = new StringInfo(value).LengthInTextElements;
        return length > maxLength
            ? new Phrase("text_too_long", length, maxLength)
            : null;
    }

    /// <summary>
    /// The value with every control character shown as its visible symbol (NUL as ␀) and broken characters as �, so that
    /// a rejected record can be stored and shown as it was sent.
    /// </summary>
    public static string Visible(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsEscaping(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c is '\t' or '\n' or '\r')
            {
                builder.Append(c);
            }
            else if (c < ' ')
            {
                builder.Append((char)(0x2400 + c));
            }
            else if (c == '\u007F')
            {
                builder.Append('\u2421');
            }
            else
            {
                builder.Append(char.IsControl(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Name(char c) => c switch
    {
        '\0' => "NUL (U+0000)",
        '\t' => "tab (U+0009)",
        '\n' => "line feed (U+000A)",
        '\r' => "carriage return (U+000D)",
        '\u001B' => "ESC (U+001B)",
        '\u007F' => "DEL (U+007F)",
        _ => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}"),
    };
}
