namespace Matchmaking.Core.Ingestion;

/// <summary>Instants, which must carry their UTC offset so that deadlines compare correctly across time zones.</summary>
internal sealed partial class RecordFields
{
    public DateTimeOffset Timestamp(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return default;
        }

        if (IsoTimestamp.TryParse(text, out var value, out var cause))
        {
            return value;
        }

        Fail(field, cause);
        return default;
    }
}
