using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// ISO 8601 date and time with a UTC offset or Z, such as 2027-03-01T10:00:00+01:00. A space instead of the T is
/// accepted too (RFC 3339 allows it, and spreadsheets write it). A time without offset is refused rather than guessed:
/// the same wall-clock time is hours apart in Dakar and in Nairobi, and the call deadline is one instant.
/// </summary>
internal static class IsoTimestamp
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
    ];

    public static bool TryParse(string text, out DateTimeOffset value, [NotNullWhen(false)] out Phrase? cause)
    {
        cause = null;
        // "K" also matches no offset at all (read as local time), so whether one was written is checked on the text.
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            if (HasOffset(text))
            {
                return true;
            }

            cause = NoOffset(text, text);
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            cause = NoOffset(text, $"{text}T10:00:00");
            return false;
        }

        cause = new Phrase("field_not_a_timestamp", text);
        return false;
    }

    private static bool HasOffset(string text)
    {
        var time = text.AsSpan(10);
        return time.EndsWith("Z", StringComparison.Ordinal) || time.IndexOfAny('+', '-') >= 0;
    }

    private static Phrase NoOffset(string text, string localTime) => new("field_no_utc_offset", text, localTime);
}
