using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Benchmarks;

/// <summary>
/// Seeded requests at any scale: texts are drawn from the words of each field's corpus section (English and French),
/// so vectors have realistic length and overlap; fields, languages (1-3 of fr, en, ar, pt, es) and capacities (1-3) vary.
/// </summary>
internal static class SyntheticRequests
{
    private static readonly string[] Languages = ["fr", "en", "ar", "pt", "es"];

    public static PairingRequest Create(int applicants, int mentors, EligibilityMode eligibility, int seed = 2025)
    {
        var random = new Random(seed);
        var words = FieldWords();
        string Text(CreativeField field, int count) =>
            string.Join(' ', Enumerable.Range(0, count).Select(_ => words[field][random.Next(words[field].Length)]));
        string[] Speaks() => [.. Languages.OrderBy(_ => random.Next()).Take(random.Next(1, 4))];

        var call = CallSchedule.ForYear(2025);
        var applicantList = new List<ApplicantProfile>(applicants);
        for (var i = 0; i < applicants; i++)
        {
            var field = (CreativeField)random.Next(7);
            applicantList.Add(new ApplicantProfile
            {
                Id = $"app-{i:D5}",
                City = $"Applicant city {i}",
                CountryCode = Countries[i % Countries.Length],
                Field = field,
                Languages = Speaks(),
                SubmittedAt = call.InterestDeadline.AddDays(-random.Next(1, 60)),
                Needs = Text(field, random.Next(12, 30)),
                Profile = Text(field, random.Next(5, 15)),
            });
        }

        var mentorList = new List<MentorOffer>(mentors);
        var members = new List<MemberCity>(mentors);
        for (var i = 0; i < mentors; i++)
        {
            var field = (CreativeField)random.Next(7);
            var offer = new MentorOffer
            {
                Id = $"off-{i:D5}",
                City = $"Member city {i}",
                CountryCode = "FR",
                Field = field,
                Languages = Speaks(),
                Capacity = random.Next(1, 4),
                Expertise = Text(field, random.Next(15, 40)),
            };
            mentorList.Add(offer);
            members.Add(new MemberCity { City = offer.City, Country = "France", CountryCode = "FR", Field = field, YearDesignated = 2015 });
        }

        return new PairingRequest
        {
            Call = call,
            Applicants = applicantList,
            Mentors = mentorList,
            Members = members,
            EligibleCountryCodes = Countries.ToHashSet(),
            Eligibility = eligibility,
        };
    }

    private static readonly string[] Countries =
    [
        "SN", "MA", "EG", "KE", "NG", "TN", "CI", "GH", "DZ", "JO", "LB", "ET", "UG", "TZ", "CM", "BF", "ML", "BJ", "TG", "RW",
        "ZA", "ZW", "MZ", "AO", "NA", "BW", "MG", "MU", "SD", "OM", "PS", "IQ", "SY", "YE", "LY", "MR", "GN", "NE", "TD", "GA",
    ];

    /// <summary>The words of each field's section of the English and French corpus files (sections are in the same order).</summary>
    private static Dictionary<CreativeField, string[]> FieldWords()
    {
        var folder = Path.Combine(Paths.ModelsFolder(), "corpus");
        var words = CreativeFields.All.ToDictionary(f => f, _ => new List<string>());
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var section = -1;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("# ", StringComparison.Ordinal) && !line.Contains(':', StringComparison.Ordinal) && line.Length < 40)
                {
                    section++;
                    continue;
                }

                if (section >= 0 && !line.StartsWith('#'))
                {
                    words[(CreativeField)section].AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        return words.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
