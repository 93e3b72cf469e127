using System.Text.Json;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// Turns one JSON array item into a raw record. Values become text so that CSV and JSON share one validation:
/// numbers keep their literal text, and arrays in list fields are joined with ';'.
/// </summary>
internal static class JsonRecord
{
    public static RawRecord Read(JsonElement item, int position, RecordLayout layout)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (item.ValueKind != JsonValueKind.Object)
        {
            values[FieldError.WholeRecord] = item.GetRawText();
            var error = new FieldError(FieldError.WholeRecord, new Phrase("record_not_an_object", Describe(item.ValueKind)));
            return new RawRecord { Row = position, Values = values, ShapeErrors = [error], HasFields = false };
        }

        var shapeErrors = new List<FieldError>();
        foreach (var property in item.EnumerateObject())
        {
            // Matched trimmed and in any case, like CSV header names.
            var name = property.Name.Trim().ToLowerInvariant();
            if (!layout.IsKnown(name))
            {
                // Unknown properties are kept for the record's raw values, whatever their type: ignored, not wrong.
                values.TryAdd(name, property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                });
            }
            else if (values.ContainsKey(name))
            {
                shapeErrors.Add(new FieldError(name, new Phrase("field_given_twice")));
            }
            else
            {
                values[name] = Text(property.Value, name, layout, shapeErrors);
            }
        }

        return new RawRecord { Row = position, Values = values, ShapeErrors = shapeErrors };
    }

    private static string? Text(JsonElement value, string name, RecordLayout layout, List<FieldError> shapeErrors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Array when layout.ListColumns.Contains(name):
                var items = new List<string>();
                foreach (var element in value.EnumerateArray())
                {
                    if (element.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
                    {
                        shapeErrors.Add(new FieldError(name, new Phrase("field_list_item_not_text", Describe(element.ValueKind))));
                        return value.GetRawText();
                    }

                    items.Add(element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
                }

                return string.Join(';', items);
            default:
                shapeErrors.Add(new FieldError(name, layout.ListColumns.Contains(name)
                    ? new Phrase("field_not_text_or_list", Describe(value.ValueKind))
                    : new Phrase("field_not_text", Describe(value.ValueKind))));
                return value.GetRawText();
        }
    }

    private static Phrase Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => new Phrase("json_an_object"),
        JsonValueKind.Array => new Phrase("json_an_array"),
        JsonValueKind.String => new Phrase("json_a_string"),
        JsonValueKind.Number => new Phrase("json_a_number"),
        JsonValueKind.True or JsonValueKind.False => new Phrase("json_a_boolean"),
        _ => new Phrase("json_null"),
    };
}
