namespace Matchmaking.Core.Ingestion;

/// <summary>The outcome of reading one input: every record is either accepted or rejected, in input order.</summary>
public sealed record ParsedBatch<T>
{
    /// <summary>The name the caller gave the input, such as the uploaded file name.</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<AcceptedRecord<T>> Accepted { get; init; }

    public required IReadOnlyList<RejectedRecord> Rejected { get; init; }
}
