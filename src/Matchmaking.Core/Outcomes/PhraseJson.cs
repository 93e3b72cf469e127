using System.Globalization;
using System.Text.Json;

namespace Matchmaking.Core.Outcomes;

/// <summary>
/// A phrase kept as JSON, to be worded later in its reader's language: <c>"code"</c> and <c>"args"</c>, whose items are text,
/// numbers or other phrases (<c>{"code", "args"}</c>).
/// </summary>
public static class PhraseJson
{
    public static void WriteMembers(Utf8JsonWriter writer, Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(phrase);
        writer.WriteString("code", phrase.Code);
        writer.WriteStartArray("args");
        foreach (var argument in phrase.Args)
        {
            WriteArgument(writer, argument);
        }

        writer.WriteEndArray();
    }

    /// <summary>The phrase of an object that has <c>"code"</c> and, optionally, <c>"args"</c>.</summary>
    public static Phrase Read(JsonElement element)
    {
        var code = element.GetProperty("code").GetString() ?? "";
        var args = element.TryGetProperty("args", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ReadArgument).ToList()
            : [];
        return new Phrase(code, args);
    }

    private static void WriteArgument(Utf8JsonWriter writer, object? argument)
    {
        switch (argument)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Phrase phrase:
                writer.WriteStartObject();
                WriteMembers(writer, phrase);
                writer.WriteEndObject();
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(argument, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDouble(argument, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(argument, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static object? ReadArgument(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.Object when element.TryGetProperty("code", out _) => Read(element),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
