namespace Matchmaking.Engine.Assignment;

/// <summary>
/// Proves a solution of the candidate graph optimal over every admissible pair of the field, or names the pairs that
/// disprove it. The solver's flow is a least-cost flow of the candidate graph (every applicant routed through a mentor or
/// its costly "unmatched" edge), and its potentials give every residual edge a non-negative reduced cost. If no pair left
/// out has a negative reduced cost either, the potentials hold for the full graph, which then has no negative cycle: the flow
/// is of least cost there too, which means as many applicants served as possible and, among such assignments, the largest
/// total score. A larger assignment through left-out pairs would be such a cycle, so it is caught the same way. Every pair is
/// looked at: similarities come from the field's inverted index in single precision, and a pair within
/// <see cref="Slack"/> of violating is rescored exactly.
/// </summary>
internal static class OptimalityCheck
{
    /// <summary>A margin, in score units (10⁻⁶), far above the single-precision error of an accumulated cosine.</summary>
    private const long Slack = 100;

    /// <summary>The largest weight an edge can have: a score of 1 with the pending-proposal bonus.</summary>
    public static long Ceiling(long previousScale) => (ScoreFormula.Resolution + 1) * previousScale;

    public static long Weight(ScoredApplicant applicant, ScoredMentor mentor, double score, long previousScale) =>
        (ScoreFormula.Quantize(score) * previousScale)
        + (applicant.Previous.Count > 0 && applicant.Previous.Contains(mentor.Record.Id) ? 1 : 0);

    /// <summary>
    /// The left-out admissible pairs with a negative reduced cost, rescored exactly. Similarities are read from
    /// <paramref name="rows"/> (kept by the candidate search) when given, else accumulated again from the index.
    /// </summary>
    public static List<(int Applicant, Candidate Candidate)> Violations(IReadOnlyList<ScoredApplicant> applicants,
        IReadOnlyList<ScoredMentor> mentors, int[] capacities, List<Candidate>[] candidates, AssignmentSolution solution,
        long previousScale, InvertedIndex index, float[][]? rows, CancellationToken cancellationToken)
    {
        var found = new List<(int, Candidate)>[applicants.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, applicants.Count, options, () => new Scratch(mentors.Count), (a, _, scratch) =>
        {
            var applicant = applicants[a];
            var accumulator = rows?[a] ?? scratch.Scores;
            if (rows is null)
            {
                Array.Clear(accumulator);
                index.Accumulate(applicant.Vector, accumulator);
            }
            // Candidates already in the graph are marked with the applicant's stamp, so skipping them costs one read.
            var stamp = a + 1;
            foreach (var candidate in candidates[a])
            {
                scratch.Present[candidate.Mentor] = stamp;
            }

            for (var m = 0; m < mentors.Count; m++)
            {
                var shared = scratch.Present[m] == stamp ? 0 : CandidateSearch.SharedIfAdmissible(applicant, mentors[m], capacities[m]);
                if (shared == 0)
                {
                    continue;
                }

                var approximate = Weight(applicant, mentors[m], ScoreFormula.Score(accumulator[m], shared, applicant.LanguageCount), previousScale);
                if (solution.ReducedCost(a, m, approximate) >= Slack * previousScale)
                {
                    continue;
                }

                var exact = CandidateSearch.Score(applicant, mentors[m], m);
                if (solution.ReducedCost(a, m, Weight(applicant, mentors[m], exact.Score, previousScale)) < 0)
                {
                    (found[a] ??= []).Add((a, exact));
                }
            }

            return scratch;
        }, _ => { });
        return [.. found.Where(f => f is not null).SelectMany(f => f)];
    }

    /// <summary>One thread's buffers: the similarities of one applicant, and the stamps of its candidates.</summary>
    private sealed class Scratch(int mentors)
    {
        public float[] Scores { get; } = new float[mentors];

        public int[] Present { get; } = new int[mentors];
    }
}
