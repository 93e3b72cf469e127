using System.Globalization;
using CsvHelper;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.ReferenceData;

/// <summary>The reference data shipped in the assembly: the network's member cities and the eligible regions.</summary>
public sealed record ReferenceDataSet
{
    public required IReadOnlyList<MemberCity> Members { get; init; }
    public required IReadOnlyList<RegionCountry> Regions { get; init; }

    public IReadOnlySet<string> EligibleCountryCodes => Regions.Select(r => r.CountryCode).ToHashSet(StringComparer.Ordinal);

    private static readonly Lazy<ReferenceDataSet> Shipped = new(LoadShipped);

    public static ReferenceDataSet Load() => Shipped.Value;

    private static ReferenceDataSet LoadShipped() => new()
    {
        Members = ReadCsv("uccn_member_cities.csv", row => new MemberCity
        {
            City = row("city")!,
            Country = row("country")!,
            CountryCode = row("country_code")!.Trim().ToUpperInvariant(),
            Field = CreativeFields.Parse(row("creative_field")!),
            YearDesignated = int.TryParse(row("year_designated"), CultureInfo.InvariantCulture, out var y) ? y : null,
        }),
        Regions = ReadCsv("unesco_regions.csv", row => new RegionCountry(
            row("country")!, row("country_code")!.Trim().ToUpperInvariant(), row("unesco_region")!)),
    };

    private static List<T> ReadCsv<T>(string name, Func<Func<string, string>, T> map)
    {
        using var stream = typeof(ReferenceDataSet).Assembly.GetManifestResourceStream($"Matchmaking.Core.ReferenceData.{name}")
            ?? throw new InvalidOperationException($"Reference data {name} is not embedded.");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions(), false);
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(column => csv.GetString(csv.GetFieldIndex(column))));
        }

        return rows;
    }
}

public sealed record RegionCountry(string Country, string CountryCode, string Region);
