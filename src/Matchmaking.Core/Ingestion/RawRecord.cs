namespace Matchmaking.Core.Ingestion;

/// <summary>One record as read from CSV or JSON, before validation: every value is still text.</summary>
internal sealed record RawRecord
{
    /// <summary>CSV: the line where the record starts; JSON: the 1-based position in the array.</summary>
    public required int Row { get; init; }

    /// <summary>Keyed by lower-case field name; null when the field is absent or JSON null.</summary>
    public required IReadOnlyDictionary<string, string?> Values { get; init; }

    /// <summary>Problems found while reading the record (wrong JSON type, extra CSV fields); those fields are not checked again.</summary>
    public IReadOnlyList<FieldError> ShapeErrors { get; init; } = [];

    /// <summary>False when the record is not an object at all, so checking its fields one by one would only repeat that.</summary>
    public bool HasFields { get; init; } = true;
}
