using System.Globalization;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>Whole-number fields: capacities and years.</summary>
internal sealed partial class RecordFields
{
    /// <summary>The network was created in 2004, so no call or membership can be older.</summary>
    private const int FirstNetworkYear = 2004;

    public int PositiveInteger(string field)
    {
        var text = Required(field);
        if (text is null)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        Fail(field, new Phrase("field_not_a_positive_number", text));
        return 0;
    }

    public int? OptionalYear(string field)
    {
        var text = Peek(field);
        if (text is null)
        {
            return null;
        }

        if (TryYear(text, out var year))
        {
            return year;
        }

        Fail(field, YearCause([text]));
        return null;
    }

    /// <summary>Optional ';'-separated years, returned in ascending order without repeats.</summary>
    public IReadOnlyList<int> Years(string field)
    {
        var text = Peek(field);
        if (text is null)
        {
            return [];
        }

        var years = new SortedSet<int>();
        var invalid = new List<string>();
        foreach (var item in ListItems(text))
        {
            if (TryYear(item, out var year))
            {
                years.Add(year);
            }
            else
            {
                invalid.Add(item);
            }
        }

        if (invalid.Count > 0)
        {
            Fail(field, YearCause(invalid));
        }

        return [.. years];
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year >= FirstNetworkYear;

    private static Phrase YearCause(List<string> invalid) => invalid.Count == 1
        ? new Phrase("field_not_a_year", Quoted(invalid), FirstNetworkYear)
        : new Phrase("field_not_years", Quoted(invalid), FirstNetworkYear);
}
