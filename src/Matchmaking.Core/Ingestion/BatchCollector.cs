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
            fields.Fail("id", $"'{id}' is already used by the record at {Where(firstRowOfId[id])}");
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
            Errors = [.. fields.Errors.Select(e => new FieldError(TextHygiene.Visible(e.Field), TextHygiene.Visible(e.Cause)))],
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

    public ParsedBatch<T> ToBatch() => new() { Source = source, Accepted = accepted, Rejected = rejected };

    private string Where(int row) => format == ImportFormat.Csv ? $"line {row}" : $"position {row} of the array";
}
