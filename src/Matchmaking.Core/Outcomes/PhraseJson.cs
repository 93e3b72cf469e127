using System.Globalization;
using System.Text.Json;

namespace Matchmaking.Core.Outcomes;

/// <summary>
/// A phrase kept as JSON, to be worded later in its reader's language: <c>"code"</c> and <c>"args"</c>, whose items are text,
/// numbers, codes (<c>{"word"}</c>) or other phrases (<c>{"code", "args"}</c>).
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

    /// <summary>A phrase as the text of a <c>jsonb</c> column (<c>{"code", "args"}</c>).</summary>
    public static string Serialize(Phrase phrase)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteMembers(writer, phrase);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The phrase of a <c>jsonb</c> column; null for a row written before it had one.</summary>
    public static Phrase? Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement);
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
            case CodeWord word:
                // Kept as a code, so that it is worded as one (a status in the reader's language) when read back.
                writer.WriteStartObject();
                writer.WriteString("word", word.Code);
                writer.WriteEndObject();
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
        JsonValueKind.Object when element.TryGetProperty("word", out var word) => new CodeWord(word.GetString() ?? ""),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
