using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CsvHelper;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>Problems that make a whole CSV input unreadable, located by line and column.</summary>
internal static class CsvInputChecks
{
    public static void ThrowIfHeaderMalformed(Queue<CsvMalformedRecord> malformed, string source)
    {
        if (malformed.TryPeek(out var problem) && problem.RecordNumber == 1)
        {
            var line = checked((int)problem.LineNumber);
            throw new UnreadableInputException(source, line, null, new Phrase("input_header_malformed", Describe(problem.Reason)));
        }
    }

    public static void ThrowIfMalformed(CsvReader reader, Queue<CsvMalformedRecord> malformed, string source)
    {
        // The reader counts the header as record 1.
        var recordNumber = reader.RowNumber + 1;
        while (malformed.TryPeek(out var problem) && problem.RecordNumber <= recordNumber)
        {
            malformed.Dequeue();
            if (problem.RecordNumber == recordNumber)
            {
                var raw = reader.RawRecord;
                var offset = problem.Reason == CsvMalformedReason.UnterminatedQuote
                    ? UnclosedQuoteOffset(raw)
                    : (int)Math.Clamp(problem.ByteOffset - reader.ByteOffset, 0, raw.Length);
                var (line, column) = PositionAfter(raw[..offset], reader.LineNumber);
                throw new UnreadableInputException(source, line, column, Describe(problem.Reason));
            }
        }
    }

    public static void ThrowIfNotUtf8(CsvReader reader, string source)
    {
        var raw = reader.RawRecord;
        if (Utf8.IsValid(raw))
        {
            return;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(raw[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        var (line, column) = PositionAfter(raw[..offset], reader.LineNumber);
        throw new UnreadableInputException(
            source, line, column, new Phrase("input_not_utf8_byte", raw[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Phrase Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => new Phrase("csv_stray_quote"),
        CsvMalformedReason.TextAfterClosingQuote => new Phrase("csv_text_after_closing_quote"),
        CsvMalformedReason.UnterminatedQuote => new Phrase("csv_unclosed_quote"),
        _ => new Phrase("csv_malformed", reason.ToString()),
    };

    /// <summary>
    /// The 1-based line and column just after <paramref name="before"/>, the text of a record that starts on
    /// <paramref name="startLine"/>; the column counts characters.
    /// </summary>
    private static (int Line, int Column) PositionAfter(ReadOnlySpan<byte> before, long startLine)
    {
        var line = checked((int)startLine);
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            var isBreak = before[i] == '\n' || (before[i] == '\r' && (i + 1 == before.Length || before[i + 1] != '\n'));
            if (isBreak)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>Where the last quoted field that is still open at the end of the record starts (RFC 4180 rules).</summary>
    private static int UnclosedQuoteOffset(ReadOnlySpan<byte> raw)
    {
        var atFieldStart = true;
        var inQuotes = false;
        var opened = raw.Length;
        for (var i = 0; i < raw.Length; i++)
        {
            var b = raw[i];
            if (inQuotes)
            {
                if (b == '"' && i + 1 < raw.Length && raw[i + 1] == '"')
                {
                    i++;
                }
                else if (b == '"')
                {
                    inQuotes = false;
                }

                continue;
            }

            if (b == '"' && atFieldStart)
            {
                inQuotes = true;
                opened = i;
            }

            atFieldStart = b == ',';
        }

        return inQuotes ? opened : raw.Length;
    }
}
