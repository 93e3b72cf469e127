using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>Validates raw records one by one into accepted and rejected ones, and catches repeated ids.</summary>
internal sealed class BatchCollector<T>(string source, ImportFormat format, RecordLayout layout)
    where T : class
{
    private readonly List<AcceptedRecord<T>> accepted = [];
    private readonly List<RejectedRecord> rejected = [];
    private readonly Dictionary<string, int> firstRowOfId = new(StringComparer.Ordinal);

    public void Add(RawRecord raw, Func<RecordFields, T?> parse)
    {
        var fields = new RecordFields(raw, layout);
        var record = raw.HasFields ? parse(fields) : null;
        var id = fields.Peek("id");

        // A rejected record still claims its id: the sender fixes the first one and the later one remains a duplicate.
        if (id is not null && !firstRowOfId.TryAdd(id, raw.Row))
        {
            var first = firstRowOfId[id];
            fields.Fail("id", format == ImportFormat.Csv
                ? new Phrase("field_id_repeated_on_line", id, first)
                : new Phrase("field_id_repeated_at_position", id, first));
        }

        if (record is not null && !fields.HasErrors)
        {
            accepted.Add(new AcceptedRecord<T> { Row = raw.Row, Record = record });
            return;
        }

        // Kept as sent, with control characters made visible: PostgreSQL stores no NUL, and a page shows no ESC.
        rejected.Add(new RejectedRecord
        {
            Row = raw.Row,
            RecordId = id is null ? null : TextHygiene.Visible(id),
            Raw = Visible(raw.Values),
            Errors = [.. fields.Errors.Select(e => new FieldError(TextHygiene.Visible(e.Field), Visible(e.Cause)))],
        });
    }

    private static Dictionary<string, string?> Visible(IReadOnlyDictionary<string, string?> values)
    {
        var visible = new Dictionary<string, string?>(values.Count, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var name = TextHygiene.Visible(key);
            // Two names that differ only by a control character would meet: the later one keeps its place with a suffix.
            for (var n = 2; visible.ContainsKey(name); n++)
            {
                name = $"{TextHygiene.Visible(key)} ({n})";
            }

            visible[name] = value is null ? null : TextHygiene.Visible(value);
        }

        return visible;
    }

    /// <summary>The phrase with the sender's text among its arguments made visible like the record's values.</summary>
    private static Phrase Visible(Phrase phrase) => phrase with
    {
        Args = [.. phrase.Args.Select(a => a switch { string text => TextHygiene.Visible(text), Phrase inner => Visible(inner), _ => a })],
    };

    public ParsedBatch<T> ToBatch() => new() { Source = source, Accepted = accepted, Rejected = rejected };
}
