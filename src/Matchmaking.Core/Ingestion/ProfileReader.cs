using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// Reads applicant and mentor files. Each record is validated on its own: a bad record is rejected with all its problems
/// and never stops the others. Only an input that cannot be read at all throws <see cref="UnreadableInputException"/>.
/// </summary>
public static class ProfileReader
{
    /// <param name="input">Read from its current position and left open.</param>
    /// <param name="source">How to name the input in messages, such as the uploaded file name.</param>
    /// <exception cref="UnreadableInputException">The input as a whole cannot be read.</exception>
    public static Task<ParsedBatch<ApplicantProfile>> ReadApplicantsAsync(
        Stream input, ImportFormat format, string source, CancellationToken ct) =>
        ReadAsync(input, format, source, ApplicantParser.Layout, ApplicantParser.Parse, ct);

    /// <inheritdoc cref="ReadApplicantsAsync"/>
    public static Task<ParsedBatch<MentorOffer>> ReadMentorsAsync(
        Stream input, ImportFormat format, string source, CancellationToken ct) =>
        ReadAsync(input, format, source, MentorParser.Layout, MentorParser.Parse, ct);

    private static async Task<ParsedBatch<T>> ReadAsync<T>(
        Stream input,
        ImportFormat format,
        string source,
        RecordLayout layout,
        Func<RecordFields, T?> parse,
        CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        var records = format switch
        {
            ImportFormat.Csv => CsvRecordSource.ReadAsync(input, source, layout, ct),
            ImportFormat.Json => JsonRecordSource.ReadAsync(input, source, layout, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown import format."),
        };

        var batch = new BatchCollector<T>(source, format, layout);
        await foreach (var raw in records.WithCancellation(ct))
        {
            batch.Add(raw, parse);
        }

        return batch.ToBatch();
    }
}
