using Matchmaking.Engine.Assignment;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Assignment;

/// <summary>A field solved on a pruned candidate graph and proven with the dual check equals the full-graph optimum.</summary>
public class OptimalityCheckTests
{
    private static (List<ScoredApplicant> Applicants, List<ScoredMentor> Mentors, int[] Capacities) Field(Random random)
    {
        var masks = new LanguageMasks();
        string[] languages = ["en", "fr", "ar", "pt"];
        var vocabulary = random.Next(3, 40);
        SparseVector Vector()
        {
            var ids = Enumerable.Range(0, vocabulary).Where(_ => random.NextDouble() < 0.3).ToArray();
            return SparseVector.Normalized(ids, [.. ids.Select(_ => (float)random.NextDouble())]);
        }

        string[] Languages() => [.. languages.Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty("en")];
        var mentorCount = random.Next(1, 25);
        var mentors = Enumerable.Range(0, mentorCount).Select(m =>
        {
            var record = Build.Mentor($"m{m}", languages: Languages());
            return new ScoredMentor(record, Vector(), masks.Mask(record.Languages));
        }).ToList();
        var applicants = Enumerable.Range(0, random.Next(1, 40)).Select(a =>
        {
            var record = Build.Applicant($"a{a}", languages: Languages());
            var mask = masks.Mask(record.Languages);
            return new ScoredApplicant(record, Vector(), mask, LanguageMasks.Count(mask))
            {
                Forbidden = random.NextDouble() < 0.2 ? new HashSet<string> { $"m{random.Next(mentorCount)}" } : new HashSet<string>(),
                Previous = random.NextDouble() < 0.2 ? new HashSet<string> { $"m{random.Next(mentorCount)}" } : new HashSet<string>(),
            };
        }).ToList();
        var capacities = mentors.Select(_ => random.Next(0, 4)).ToArray();
        return (applicants, mentors, capacities);
    }

    private static (int Served, long Total) Evaluate(FieldOutcome outcome, List<ScoredApplicant> applicants, List<ScoredMentor> mentors,
        long previousScale)
    {
        long total = 0;
        var served = 0;
        for (var a = 0; a < applicants.Count; a++)
        {
            var m = outcome.Assigned[a];
            if (m >= 0)
            {
                served++;
                var score = CandidateSearch.Score(applicants[a], mentors[m], m).Score;
                total += OptimalityCheck.Weight(applicants[a], mentors[m], score, previousScale);
            }
        }

        return (served, total);
    }

    [Fact]
    public void APrunedFieldProvenByTheDualCheckServesAsManyAndScoresAsMuchAsTheFullGraphOnRandomFields()
    {
        var random = new Random(20270409);
        var rounds = 0;
        for (var instance = 0; instance < 400; instance++)
        {
            var (applicants, mentors, capacities) = Field(random);
            const long previousScale = 64;
            var full = FieldAssignment.Solve(applicants, mentors, capacities, previousScale, long.MaxValue, 0, CancellationToken.None);
            var pruned = FieldAssignment.Solve(applicants, mentors, capacities, previousScale, denseLimit: 0, topK: random.Next(0, 3),
                CancellationToken.None);
            Assert.False(full.Pruned);
            Assert.True(pruned.Pruned);
            Assert.Equal(Evaluate(full, applicants, mentors, previousScale), Evaluate(pruned, applicants, mentors, previousScale));
            rounds = Math.Max(rounds, pruned.CheckRounds);
        }

        Assert.True(rounds > 1, "the random fields should make the check add pairs at least once");
    }

    [Fact]
    public void AnApplicantWhoseOnlyMentorWithRoomWasPrunedAwayIsStillServed()
    {
        // a0's best candidate m0 is full once a1 takes it; with one candidate each, only the check finds m1 for a0.
        var masks = new LanguageMasks();
        var mask = masks.Mask(["en"]);
        var music = SparseVector.Normalized([0], [1]);
        var other = SparseVector.Normalized([0, 1], [0.2f, 1]);
        List<ScoredMentor> mentors =
        [
            new(Build.Mentor("m0", languages: ["en"]), music, mask),
            new(Build.Mentor("m1", languages: ["en"]), other, mask),
        ];
        List<ScoredApplicant> applicants =
        [
            new(Build.Applicant("a0", languages: ["en"]), music, mask, 1),
            new(Build.Applicant("a1", languages: ["en"]), music, mask, 1),
        ];
        var outcome = FieldAssignment.Solve(applicants, mentors, [1, 1], 1, denseLimit: 0, topK: 1, CancellationToken.None);
        Assert.DoesNotContain(-1, outcome.Assigned);
        Assert.Equal(2, outcome.CheckRounds);
    }

    [Fact]
    public void ACancelledCheckStops()
    {
        var (applicants, mentors, capacities) = Field(new Random(1));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            FieldAssignment.Solve(applicants, mentors, capacities, 1, denseLimit: 0, topK: 1, cancelled.Token));
    }
}
