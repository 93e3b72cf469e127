using System.Text.Json;
using System.Text.Json.Serialization;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core;

/// <summary>Writes a creative field as UNESCO names it ("Crafts and Folk Art"); reads any spelling CreativeFields accepts.</summary>
public sealed class CreativeFieldJsonConverter : JsonConverter<CreativeField>
{
    public override CreativeField Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        CreativeFields.TryParse(reader.GetString(), out var field)
            ? field.Value
            : throw new JsonException($"'{reader.GetString()}' is not a creative field.");

    public override void Write(Utf8JsonWriter writer, CreativeField value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.DisplayName());
}
