namespace Matchmaking.Engine.Assignment;

/// <summary>
/// Proves a solution of the candidate graph optimal over every admissible pair of the field, or names the pairs that
/// disprove it. The solver's flow is a min-cost maximum flow of the candidate graph, and its potentials give every
/// residual edge a non-negative reduced cost. It stays optimal once all admissible pairs are added when (1) no pair left out
/// has a negative reduced cost (then the potentials still hold, there is no negative cycle, and the flow is of least cost
/// for its value: the largest total score for that many applicants served), and (2) no augmenting path runs through pairs
/// left out (then the flow is still maximum: nobody more can be served). Every pair is looked at: similarities come from the
/// field's inverted index in single precision, and a pair within <see cref="Slack"/> of violating is rescored exactly.
/// </summary>
internal static class OptimalityCheck
{
    /// <summary>A margin, in score units (10⁻⁶), far above the single-precision error of an accumulated cosine.</summary>
    private const long Slack = 100;

    public static List<(int Applicant, Candidate Candidate)> Violations(IReadOnlyList<ScoredApplicant> applicants,
        IReadOnlyList<ScoredMentor> mentors, int[] capacities, List<Candidate>[] candidates, AssignmentSolution solution,
        long previousScale, InvertedIndex index, CancellationToken cancellationToken)
    {
        var negative = NegativeReducedCosts(applicants, mentors, capacities, candidates, solution, previousScale, index, cancellationToken);
        var augmenting = AugmentingPairs(applicants, mentors, capacities, candidates, solution.Assigned, cancellationToken);
        var seen = negative.Select(v => (v.Applicant, v.Candidate.Mentor)).ToHashSet();
        negative.AddRange(augmenting.Where(v => seen.Add((v.Applicant, v.Candidate.Mentor))));
        return negative;
    }

    /// <summary>The largest weight an edge can have: a score of 1 with the pending-proposal bonus.</summary>
    public static long Ceiling(long previousScale) => (ScoreFormula.Resolution + 1) * previousScale;

    public static long Weight(ScoredApplicant applicant, ScoredMentor mentor, double score, long previousScale) =>
        (ScoreFormula.Quantize(score) * previousScale) + (applicant.Previous.Contains(mentor.Record.Id) ? 1 : 0);

    private static List<(int Applicant, Candidate Candidate)> NegativeReducedCosts(IReadOnlyList<ScoredApplicant> applicants,
        IReadOnlyList<ScoredMentor> mentors, int[] capacities, List<Candidate>[] candidates, AssignmentSolution solution,
        long previousScale, InvertedIndex index, CancellationToken cancellationToken)
    {
        var found = new List<(int, Candidate)>[applicants.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, applicants.Count, options, () => new float[mentors.Count], (a, _, accumulator) =>
        {
            var applicant = applicants[a];
            Array.Clear(accumulator);
            index.Accumulate(applicant.Vector, accumulator);
            var present = candidates[a];
            for (var m = 0; m < mentors.Count; m++)
            {
                if (!CandidateSearch.IsAdmissible(applicant, mentors[m], capacities[m]) || present.Exists(c => c.Mentor == m))
                {
                    continue;
                }

                var shared = LanguageMasks.SharedCount(applicant.Languages, mentors[m].Languages);
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

            return accumulator;
        }, _ => { });
        return [.. found.Where(f => f is not null).SelectMany(f => f)];
    }

    /// <summary>
    /// Searches the full field for augmenting paths (breadth first, from every applicant left unmatched, through any
    /// admissible pair forwards and assigned pairs backwards, to a mentor with room) and returns the left-out pairs on them.
    /// </summary>
    private static List<(int Applicant, Candidate Candidate)> AugmentingPairs(IReadOnlyList<ScoredApplicant> applicants,
        IReadOnlyList<ScoredMentor> mentors, int[] capacities, List<Candidate>[] candidates, int[] assigned,
        CancellationToken cancellationToken)
    {
        var result = new List<(int, Candidate)>();
        if (!assigned.Contains(-1))
        {
            return result;
        }

        var load = new int[mentors.Count];
        var holders = new List<int>[mentors.Count];
        for (var a = 0; a < assigned.Length; a++)
        {
            if (assigned[a] >= 0)
            {
                load[assigned[a]]++;
                (holders[assigned[a]] ??= []).Add(a);
            }
        }

        var reachedFrom = new int[mentors.Count];
        Array.Fill(reachedFrom, -1);
        var applicantSeen = new bool[applicants.Count];
        var queue = new Queue<int>();
        for (var a = 0; a < applicants.Count; a++)
        {
            if (assigned[a] < 0)
            {
                applicantSeen[a] = true;
                queue.Enqueue(a);
            }
        }

        while (queue.TryDequeue(out var a))
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var m = 0; m < mentors.Count; m++)
            {
                if (reachedFrom[m] >= 0 || m == assigned[a] || !CandidateSearch.IsAdmissible(applicants[a], mentors[m], capacities[m]))
                {
                    continue;
                }

                reachedFrom[m] = a;
                if (load[m] < capacities[m])
                {
                    AddPath(m, applicants, mentors, candidates, assigned, reachedFrom, result);
                    continue;
                }

                foreach (var holder in holders[m] ?? [])
                {
                    if (!applicantSeen[holder])
                    {
                        applicantSeen[holder] = true;
                        queue.Enqueue(holder);
                    }
                }
            }
        }

        return result;
    }

    private static void AddPath(int mentor, IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors,
        List<Candidate>[] candidates, int[] assigned, int[] reachedFrom, List<(int, Candidate)> result)
    {
        for (var m = mentor; m >= 0;)
        {
            var a = reachedFrom[m];
            if (!candidates[a].Exists(c => c.Mentor == m))
            {
                result.Add((a, CandidateSearch.Score(applicants[a], mentors[m], m)));
            }

            m = assigned[a];
        }
    }
}
