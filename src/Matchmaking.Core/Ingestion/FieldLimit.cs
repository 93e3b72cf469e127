namespace Matchmaking.Core.Ingestion;

/// <summary>How long a field's value may be, and whether it is free text (which may hold tabs and line breaks).</summary>
internal sealed record FieldLimit(int MaxLength, bool FreeText = false)
{
    /// <summary>Ids, city names, codes and lists.</summary>
    public static FieldLimit Short { get; } = new(100);

    /// <summary>A needs, profile or expertise text: room for a long page of prose.</summary>
    public static FieldLimit Prose { get; } = new(5000, FreeText: true);
}
