using CsvHelper;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>The column names of a CSV input, checked against the layout, and how a line maps onto them.</summary>
internal sealed class CsvHeader
{
    private readonly string[] names;
    private readonly RecordLayout layout;

    private CsvHeader(string[] names, RecordLayout layout)
    {
        this.names = names;
        this.layout = layout;
    }

    /// <exception cref="UnreadableInputException">No header, a required column missing, or a column named twice.</exception>
    /// <param name="line">The line of the header row: empty lines before it are skipped.</param>
    public static CsvHeader Read(IReadOnlyList<string> headers, int line, RecordLayout layout, string source)
    {
        var expected = string.Join(",", layout.RequiredColumns.Concat(layout.OptionalColumns));
        if (headers.Count == 0)
        {
            throw new UnreadableInputException(source, null, null, new Phrase("input_no_header", expected));
        }

        if (headers.Any(name => name.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            throw new UnreadableInputException(source, line, null, new Phrase("input_header_not_utf8"));
        }

        // Names are matched trimmed and in any case: spreadsheets tend to add spaces and capitals.
        var names = headers.Select(name => name.Trim().ToLowerInvariant()).ToArray();
        ThrowIfRepeated(names, line, source);

        var missing = layout.RequiredColumns.Where(column => !names.Contains(column, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            var semicolons = names.Length == 1 && names[0].Contains(';', StringComparison.Ordinal);
            var columns = string.Join(", ", missing);
            throw new UnreadableInputException(source, line, null, (missing.Count == 1, semicolons) switch
            {
                (true, false) => new Phrase("input_header_lacks_column", columns, expected),
                (false, false) => new Phrase("input_header_lacks_columns", columns, expected),
                (true, true) => new Phrase("input_header_lacks_column_semicolons", columns, expected),
                (false, true) => new Phrase("input_header_lacks_columns_semicolons", columns, expected),
            });
        }

        return new CsvHeader(names, layout);
    }

    /// <summary>A line of spaces reads as one blank field; it is skipped like an empty line.</summary>
    public bool IsBlank(CsvReader reader) => reader.FieldCount == 1 && string.IsNullOrWhiteSpace(reader.GetString(0));

    public RawRecord ToRawRecord(CsvReader reader)
    {
        var fieldCount = reader.FieldCount;
        var values = new Dictionary<string, string?>(names.Length, StringComparer.Ordinal);
        var shapeErrors = new List<FieldError>();
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                continue;
            }

            var present = i < fieldCount;
            values[names[i]] = present ? reader.GetString(i) : null;
            if (!present && layout.RequiredColumns.Contains(names[i]))
            {
                shapeErrors.Add(new FieldError(names[i], new Phrase("field_missing_on_line", fieldCount, names.Length)));
            }
        }

        if (fieldCount > names.Length)
        {
            // Almost always an unquoted comma, which shifts every later field: none of them can be trusted.
            shapeErrors.Add(new FieldError(FieldError.WholeRecord, new Phrase("record_too_many_fields", fieldCount, names.Length)));
        }

        return new RawRecord { Row = checked((int)reader.LineNumber), Values = values, ShapeErrors = shapeErrors };
    }

    private static void ThrowIfRepeated(string[] names, int line, string source)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var first = Array.IndexOf(names, names[i]);
            if (names[i].Length > 0 && first < i)
            {
                throw new UnreadableInputException(source, line, null, new Phrase("input_header_repeats_column", names[i], first + 1, i + 1));
            }
        }
    }
}
