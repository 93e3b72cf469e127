using System.Text.Json;
using System.Text.Json.Serialization;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// A <see cref="FieldError"/> as the database (<c>rejected_records.errors</c>) and the CLI keep it:
/// <c>{"field", "code", "args", "cause"}</c>, the cause in English for readers of the table or the CLI's file. Errors stored
/// before they carried a code have only their English cause, which reads back as is.
/// </summary>
internal sealed class FieldErrorJson : JsonConverter<FieldError>
{
    public override FieldError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var field = root.TryGetProperty("field", out var f) ? f.GetString() ?? "" : "";
        if (root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
        {
            return new FieldError(field, PhraseJson.Read(root));
        }

        var cause = root.TryGetProperty("cause", out var c) ? c.GetString() ?? "" : "";
        return new FieldError(field, new Phrase("text_as_written", cause));
    }

    public override void Write(Utf8JsonWriter writer, FieldError value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("field", value.Field);
        PhraseJson.WriteMembers(writer, value.Cause);
        writer.WriteString("cause", value.Cause.InEnglish());
        writer.WriteEndObject();
    }
}
