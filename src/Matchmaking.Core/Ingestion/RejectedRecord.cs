namespace Matchmaking.Core.Ingestion;

/// <summary>A record that failed validation, with every reason and its values as they were read.</summary>
public sealed record RejectedRecord
{
    /// <summary>
    /// Where the record is in its input. For CSV, the 1-based LINE of the file where the record starts, counting the
    /// header, empty lines and the lines inside quoted fields: the first data record of a plain file is line 2.
    /// For JSON, the 1-based position of the object in the array.
    /// </summary>
    public required int Row { get; init; }

    /// <summary>The record's <c>id</c>, trimmed, when it has one.</summary>
    public string? RecordId { get; init; }

    /// <summary>Every field as read, keyed by the lower-case column or property name, unknown ones included; null when absent.</summary>
    public required IReadOnlyDictionary<string, string?> Raw { get; init; }

    /// <summary>All the problems found in the record, never empty.</summary>
    public required IReadOnlyList<FieldError> Errors { get; init; }
}
