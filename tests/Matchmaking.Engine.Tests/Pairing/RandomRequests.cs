using Matchmaking.Engine.Assignment;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Pairing;

/// <summary>Seeded random pairing requests built from a small phrase bank, and a brute-force reference for them.</summary>
internal static class RandomRequests
{
    private static readonly string[] Phrases =
    [
        "music festival", "sound engineers", "copyright and royalties", "conservatoire et orchestres", "instrument making",
        "festival de musique", "recording studio", "music export office", "choirs in schools", "hip hop rehearsal spaces",
    ];

    private static readonly string[] Languages = ["fr", "en", "ar", "pt"];

    public static PairingRequest Generate(Random random, int applicants, int mentors, int fields = 3)
    {
        string Text() => string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Phrases[random.Next(Phrases.Length)]));
        string[] Speaks() => [.. Languages.Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty(Languages[random.Next(Languages.Length)])];
        var applicantList = Enumerable.Range(0, applicants).Select(i => Build.Applicant($"a{i:D2}", (CreativeField)random.Next(fields),
            needs: Text(), languages: Speaks())).ToList();
        var mentorList = Enumerable.Range(0, mentors).Select(i => Build.Mentor($"m{i:D2}", (CreativeField)random.Next(fields),
            capacity: random.Next(1, 3), expertise: Text(), languages: Speaks())).ToList();
        return Build.Request(applicantList, mentorList, EligibilityMode.None);
    }

    /// <summary>Every assignment of applicants to admissible mentors: most served, then highest total (quantized) score.</summary>
    public static (int Served, double Total) BruteForce(PairingRequest request, TextModel model)
    {
        var applicants = request.Applicants;
        var mentors = request.Mentors;
        var used = new int[mentors.Count];
        (int Served, long Total) best = (0, 0);
        var vectors = model.Featurize([.. applicants.Select(a => a.Needs), .. mentors.Select(m => m.Expertise)]);

        void Visit(int a, int served, long total)
        {
            if (a == applicants.Count)
            {
                best = served > best.Served || (served == best.Served && total > best.Total) ? (served, total) : best;
                return;
            }

            Visit(a + 1, served, total);
            for (var m = 0; m < mentors.Count; m++)
            {
                var shared = applicants[a].Languages.Intersect(mentors[m].Languages).Count();
                if (mentors[m].Field != applicants[a].Field || shared == 0 || used[m] >= mentors[m].Capacity)
                {
                    continue;
                }

                var score = ScoreFormula.Score(vectors[a].Dot(vectors[applicants.Count + m]), shared, applicants[a].Languages.Count);
                used[m]++;
                Visit(a + 1, served + 1, total + ScoreFormula.Quantize(score));
                used[m]--;
            }
        }

        Visit(0, 0, 0);
        return (best.Served, best.Total / (double)ScoreFormula.Resolution);
    }
}
