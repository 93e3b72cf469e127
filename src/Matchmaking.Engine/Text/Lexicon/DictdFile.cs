using System.IO.Compression;
using System.Text;

namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// Reads a dictd database as Debian ships FreeDict's: an index (headword, tab, offset, tab, length, the numbers in dictd's
/// base64 digits) and a data file compressed with dictzip, which any gzip reader reads whole.
/// </summary>
internal static class DictdFile
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Each entry's body (its lines after the headword line), by headword as the index spells it.</summary>
    public static List<(string Headword, string[] Lines)> Entries(Stream index, Stream compressedData)
    {
        byte[] data;
        using (var gzip = new GZipStream(compressedData, CompressionMode.Decompress, leaveOpen: true))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            data = buffer.ToArray();
        }

        var entries = new List<(string, string[])>();
        using var reader = new StreamReader(index, Encoding.UTF8, false, 1 << 16, leaveOpen: true);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            // dictd's own entries (00-database-info...) describe the database, not words.
            if (parts.Length != 3 || parts[0].StartsWith("00", StringComparison.Ordinal))
            {
                continue;
            }

            var offset = Number(parts[1]);
            var length = Number(parts[2]);
            if (offset < 0 || length <= 0 || offset + length > data.Length)
            {
                throw new InvalidDataException($"The dictd index points outside its data file at '{parts[0]}'.");
            }

            var lines = Encoding.UTF8.GetString(data, (int)offset, (int)length).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            entries.Add((parts[0], lines.Length > 1 ? lines[1..] : []));
        }

        return entries;
    }

    private static long Number(string digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                throw new InvalidDataException($"'{digits}' is not a dictd number.");
            }

            value = (value * 64) + digit;
        }

        return value;
    }
}
