using CsvHelper;

namespace Matchmaking.Core.Reports;

/// <summary>
/// The writer options of every CSV the service writes. Cells starting with =, +, -, @, tab or carriage return are
/// prefixed with an apostrophe (OWASP's advice on CSV injection), so that a city named <c>=HYPERLINK(...)</c> stays text
/// when the secretariat opens the file in a spreadsheet.
/// </summary>
public static class CsvOutput
{
    public static CsvWriterOptions Options { get; } = new()
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=+-@\t\r",
        InjectionEscape = '\'',
    };
}
