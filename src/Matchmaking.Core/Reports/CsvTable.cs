using System.Globalization;
using CsvHelper;

namespace Matchmaking.Core.Reports;

/// <summary>A header and rows as CSV (RFC 4180, UTF-8, formula injection escaped by <see cref="CsvOutput"/>).</summary>
public static class CsvTable
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvOutput.Options, true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? "");
                }

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    public static string When(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
