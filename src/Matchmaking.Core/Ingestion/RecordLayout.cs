using System.Collections.Frozen;

namespace Matchmaking.Core.Ingestion;

/// <summary>The columns of one interchange format.</summary>
internal sealed record RecordLayout
{
    /// <summary>Columns a CSV header must have; a record must give them a value.</summary>
    public required IReadOnlyList<string> RequiredColumns { get; init; }

    /// <summary>Columns that may be left out of the header or left empty.</summary>
    public required IReadOnlyList<string> OptionalColumns { get; init; }

    /// <summary>Columns holding a ';'-separated list, which JSON may also give as an array.</summary>
    public required FrozenSet<string> ListColumns { get; init; }

    /// <summary>
    /// The longest value each column takes, in characters, and whether it is free text (tabs and line breaks allowed).
    /// Every known column has one: values are checked by <see cref="TextHygiene"/> before any other check.
    /// </summary>
    public required FrozenDictionary<string, FieldLimit> Limits { get; init; }

    public bool IsKnown(string column) => RequiredColumns.Contains(column) || OptionalColumns.Contains(column);
}
