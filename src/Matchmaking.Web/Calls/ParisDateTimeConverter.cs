using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Calls;

/// <summary>
/// A call's date and time as people write it: with an offset (<c>2027-03-30T23:59:00+02:00</c>, or <c>Z</c>) it is that
/// instant; without one (<c>2027-03-30T23:59:00</c>) it is Paris time, the call's time zone, not the server's or UTC.
/// </summary>
internal sealed class ParisDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            throw new Limits.ReadableJsonException(new Core.Outcomes.Phrase("call_date_unreadable"));
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
        }

        return InParis(parsed) ?? throw new Limits.ReadableJsonException(new Core.Outcomes.Phrase("call_time_skipped_in_paris", text));
    }

    /// <summary>A Paris wall-clock time as an instant; null for a time the clocks skip (the night summer time starts).</summary>
    public static DateTimeOffset? InParis(DateTime local)
    {
        var paris = CallSchedule.ParisTimeZone();
        return paris.IsInvalidTime(local) ? null : CallSchedule.InParis(paris, local);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
