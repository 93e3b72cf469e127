using System.Buffers;
using System.IO.Pipelines;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>
/// Looks at the first significant byte of a JSON input without consuming it, to tell an empty body, a UTF-16 file and
/// a body that is not an array apart: the serializer would report all three as the same kind of JsonException.
/// </summary>
internal static class JsonArrayStart
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <exception cref="UnreadableInputException">The body is empty, not UTF-8, or does not start with '['.</exception>
    public static async Task ExpectAsync(PipeReader pipe, string source, CancellationToken ct)
    {
        while (true)
        {
            var result = await pipe.ReadAsync(ct);
            var buffer = result.Buffer;
            // A partial byte order mark is not worth judging; wait for more unless the input has ended.
            var found = buffer.Length >= Utf8Bom.Length || result.IsCompleted
                ? FindFirst(buffer)
                : null;
            if (found is { } first)
            {
                pipe.AdvanceTo(buffer.Start);
                ThrowUnlessArray(first, source);
                return;
            }

            if (result.IsCompleted)
            {
                pipe.AdvanceTo(buffer.Start);
                throw new UnreadableInputException(source, null, null, new Phrase("input_no_json_array"));
            }

            pipe.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static (byte Value, int Line, int Column)? FindFirst(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.IsNext(Utf8Bom, advancePast: true);
        var (line, column) = (1, 1);
        while (reader.TryRead(out var b))
        {
            switch (b)
            {
                case (byte)'\n':
                    (line, column) = (line + 1, 1);
                    break;
                case (byte)' ' or (byte)'\t' or (byte)'\r':
                    column++;
                    break;
                default:
                    return (b, line, column);
            }
        }

        return null;
    }

    private static void ThrowUnlessArray((byte Value, int Line, int Column) first, string source)
    {
        var reason = first.Value switch
        {
            (byte)'[' => null,
            0x00 or 0xFE or 0xFF => new Phrase("input_utf16"),
            (byte)'{' => new Phrase("json_single_object"),
            >= 0x20 and < 0x7F => new Phrase("json_starts_with", ((char)first.Value).ToString()),
            _ => new Phrase("json_starts_with_byte", first.Value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (reason is not null)
        {
            throw new UnreadableInputException(source, first.Line, first.Column, reason);
        }
    }
}
