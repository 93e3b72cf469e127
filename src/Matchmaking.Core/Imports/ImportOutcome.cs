using Matchmaking.Core.Ingestion;

namespace Matchmaking.Core.Imports;

/// <summary>The answer to an import: every record, accepted or rejected with its reasons.</summary>
public sealed record ImportOutcome
{
    public required long ImportId { get; init; }
    public required int CallYear { get; init; }
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required int Accepted { get; init; }
    public required int Rejected { get; init; }
    public required IReadOnlyList<ImportedRecord> Records { get; init; }
}

public sealed record ImportedRecord
{
    public required int Row { get; init; }
    public string? Id { get; init; }
    /// <summary>"accepted" or "rejected".</summary>
    public required string Status { get; init; }
    public IReadOnlyList<FieldError> Errors { get; init; } = [];
}
