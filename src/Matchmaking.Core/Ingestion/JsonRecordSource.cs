using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>Streams the objects of a JSON array as raw records, one array item at a time.</summary>
internal static class JsonRecordSource
{
    public static async IAsyncEnumerable<RawRecord> ReadAsync(
        Stream input, string source, RecordLayout layout, [EnumeratorCancellation] CancellationToken ct)
    {
        var pipe = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        await JsonArrayStart.ExpectAsync(pipe, source, ct);

        await using var body = pipe.AsStream();
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: ct);
        await using var cursor = items.GetAsyncEnumerator(ct);
        var position = 0;
        while (await MoveNextAsync(cursor, source))
        {
            position++;
            yield return ToRawRecord(cursor.Current, position, layout, source);
        }
    }

    private static async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<JsonElement> cursor, string source)
    {
        try
        {
            return await cursor.MoveNextAsync();
        }
        catch (JsonException e)
        {
            // Positions are 0-based in JsonException; the message repeats them after " Path: ", which is cut off.
            var line = e.LineNumber is { } l ? checked((int)l + 1) : (int?)null;
            var column = e.BytePositionInLine is { } b ? checked((int)b + 1) : (int?)null;
            var message = e.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new UnreadableInputException(source, line, column, new Phrase("json_invalid", cut > 0 ? message[..cut] : message), e);
        }
    }

    private static RawRecord ToRawRecord(JsonElement item, int position, RecordLayout layout, string source)
    {
        try
        {
            return JsonRecord.Read(item, position, layout);
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            // The JSON reader checks structure, not the bytes inside strings; those fail when they are decoded here.
            throw new UnreadableInputException(source, null, null, new Phrase("json_object_not_utf8", position), e);
        }
    }
}
