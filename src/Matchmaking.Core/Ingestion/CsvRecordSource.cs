using System.Runtime.CompilerServices;
using CsvHelper;

namespace Matchmaking.Core.Ingestion;

/// <summary>Streams the records of a CSV input (RFC 4180, UTF-8, header row) as raw records.</summary>
internal static class CsvRecordSource
{
    public static async IAsyncEnumerable<RawRecord> ReadAsync(
        Stream input, string source, RecordLayout layout, [EnumeratorCancellation] CancellationToken ct)
    {
        // The reader reports malformed quoting through this callback, possibly while scanning ahead of the record it
        // returns; the queue keeps the reports until the loop reaches their record and can say where the problem is.
        var malformed = new Queue<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            // Fixed rather than detected: a file written with ';' should fail on its header, not be guessed at.
            Separator = ',',
            HasHeader = true,
            Mode = CsvMode.Rfc4180,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = malformed.Enqueue,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };

        var reader = CsvReader.Create(input, options, leaveOpen: true);
        await using (reader)
        {
            await reader.ReadHeaderAsync(ct);
            CsvInputChecks.ThrowIfHeaderMalformed(malformed, source);
            var header = CsvHeader.Read(reader.Headers, checked((int)reader.LineNumber), layout, source);

            while (await reader.ReadAsync(ct))
            {
                CsvInputChecks.ThrowIfMalformed(reader, malformed, source);
                CsvInputChecks.ThrowIfNotUtf8(reader, source);
                if (header.IsBlank(reader))
                {
                    continue;
                }

                yield return header.ToRawRecord(reader);
            }
        }
    }
}
