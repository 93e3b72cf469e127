namespace Matchmaking.Core.Ingestion;

/// <summary>A record that passed validation, with where it came from.</summary>
public sealed record AcceptedRecord<T>
{
    /// <summary>Where the record is in its input; see <see cref="RejectedRecord.Row"/>.</summary>
    public required int Row { get; init; }

    public required T Record { get; init; }
}
