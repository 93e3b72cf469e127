namespace Matchmaking.Core.Ingestion;

/// <summary>Validates raw records one by one into accepted and rejected ones, and catches repeated ids.</summary>
internal sealed class BatchCollector<T>(string source, ImportFormat format)
    where T : class
{
    private readonly List<AcceptedRecord<T>> accepted = [];
    private readonly List<RejectedRecord> rejected = [];
    private readonly Dictionary<string, int> firstRowOfId = new(StringComparer.Ordinal);

    public void Add(RawRecord raw, Func<RecordFields, T?> parse)
    {
        var fields = new RecordFields(raw);
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

        rejected.Add(new RejectedRecord { Row = raw.Row, RecordId = id, Raw = raw.Values, Errors = [.. fields.Errors] });
    }

    public ParsedBatch<T> ToBatch() => new() { Source = source, Accepted = accepted, Rejected = rejected };

    private string Where(int row) => format == ImportFormat.Csv ? $"line {row}" : $"position {row} of the array";
}
