using System.Globalization;
using System.Text;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Benchmarks;

/// <summary>
/// Writes the CSV files `matchmaking pair` reads, at any scale, for its whole-process benchmark (bench/pair-process.sh).
/// Offers come from real member cities of their field (several offers per city), so membership holds with eligibility off.
/// Two workloads: "realistic", needs and offers made of two or three sentences of the field's English and French corpus
/// documents (40–70 words, as the sample call's); "vocab60", texts of 12–40 words drawn from one 60-word vocabulary common to
/// every field, so that every offer shares terms with every applicant and an inverted index sees all pairs.
/// </summary>
internal static class PairInputs
{
    private static readonly string[] Languages = ["fr", "en", "ar", "pt", "es"];
    private static readonly string[] Countries = ["SN", "MA", "EG", "KE", "NG", "TN", "CI", "GH", "DZ", "JO", "LB", "ET", "UG", "TZ", "CM"];

    private static readonly string[] SixtyWords =
    [
        "festival", "training", "heritage", "youth", "women", "market", "school", "workshop", "archive", "digital", "music",
        "film", "craft", "design", "food", "book", "library", "studio", "museum", "tourism", "export", "cooperative", "network",
        "residency", "exchange", "mentoring", "funding", "policy", "venue", "audience", "artists", "producers", "artisans",
        "chefs", "writers", "designers", "platform", "skills", "jobs", "innovation", "tradition", "community", "education",
        "research", "inventory", "branding", "quality", "sustainable", "public", "space", "urban", "rural", "city", "creative",
        "local", "international", "partnership", "event", "programme", "culture",
    ];

    public static void Write(string folder, int applicants, int offers, string workload, int seed = 2027)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var sentences = FieldSentences();
        var members = MemberCities();
        // Every realistic text names its city and record, as real ones do, so that no two texts are equal and the model's
        // cache of featurized texts does not flatter the figures.
        string Text(CreativeField field, string who) => workload switch
        {
            "vocab60" => string.Join(' ', Enumerable.Range(0, random.Next(12, 41)).Select(_ => SixtyWords[random.Next(SixtyWords.Length)])),
            "realistic" => string.Join(' ', Enumerable.Range(0, random.Next(2, 4)).Select(_ => sentences[field][random.Next(sentences[field].Count)]))
                + $" {who}.",
            _ => throw new ArgumentException($"unknown workload '{workload}': realistic or vocab60"),
        };
        string Speaks() => string.Join(';', Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4)));

        var applicantFile = new StringBuilder("id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls\n");
        for (var i = 0; i < applicants; i++)
        {
            var field = CreativeFields.All[random.Next(CreativeFields.All.Count)];
            var submitted = new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero).AddDays(-random.Next(0, 60));
            applicantFile.Append(CultureInfo.InvariantCulture,
                $"APP-{i:D5},Applicant city {i},{Countries[i % Countries.Length]},{FieldName(field)},{Speaks()},{submitted:O},{Quote(Text(field, $"Applicant city {i}"))},,\n");
        }

        var mentorFile = new StringBuilder("id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since\n");
        for (var i = 0; i < offers; i++)
        {
            var field = CreativeFields.All[random.Next(CreativeFields.All.Count)];
            var (city, country) = members[field][random.Next(members[field].Count)];
            mentorFile.Append(CultureInfo.InvariantCulture,
                $"OFF-{i:D5},{Quote(city)},{country},{FieldName(field)},{Speaks()},{random.Next(1, 4)},{Quote(Text(field, $"{city}, offer {i}"))},technical_assistance,\n");
        }

        File.WriteAllText(Path.Combine(folder, "applicants.csv"), applicantFile.ToString());
        File.WriteAllText(Path.Combine(folder, "mentors.csv"), mentorFile.ToString());
    }

    private static string FieldName(CreativeField field) => field switch
    {
        CreativeField.CraftsAndFolkArt => "Crafts and Folk Art",
        CreativeField.MediaArts => "Media Arts",
        _ => field.ToString(),
    };

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Each field's documents of the corpus files (sections are headed "# Field" in the same order in both files).</summary>
    private static Dictionary<CreativeField, List<string>> FieldSentences()
    {
        var result = CreativeFields.All.ToDictionary(f => f, _ => new List<string>());
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.ModelsFolder(), "corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            var section = -1;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal) && line.Length < 40)
                {
                    section++;
                }
                else if (section >= 0 && line.Length > 0 && !line.StartsWith('#'))
                {
                    result[CreativeFields.All[section]].Add(line);
                }
            }
        }

        return result;
    }

    private static Dictionary<CreativeField, List<(string City, string Country)>> MemberCities()
    {
        var file = Path.Combine(Path.GetDirectoryName(Paths.ModelsFolder())!, "src", "Matchmaking.Core", "ReferenceData", "uccn_member_cities.csv");
        var result = CreativeFields.All.ToDictionary(f => f, _ => new List<(string, string)>());
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            var cells = line.Split(',');
            var field = CreativeFields.All.FirstOrDefault(f => string.Equals(FieldName(f), cells[3], StringComparison.Ordinal), (CreativeField)(-1));
            if (!cells[0].Contains('"', StringComparison.Ordinal) && (int)field >= 0)
            {
                result[field].Add((cells[0], cells[2]));
            }
        }

        return result;
    }
}
