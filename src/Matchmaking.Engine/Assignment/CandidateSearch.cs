namespace Matchmaking.Engine.Assignment;

/// <summary>Finds the admissible edges of a field: same field (given), a shared language, not rejected, mentor with room.</summary>
internal static class CandidateSearch
{
    public static bool IsAdmissible(ScoredApplicant applicant, ScoredMentor mentor, int capacity) =>
        SharedIfAdmissible(applicant, mentor, capacity) > 0;

    /// <summary>The number of languages the pair shares when it is admissible, else 0: one look at the masks per pair.</summary>
    public static int SharedIfAdmissible(ScoredApplicant applicant, ScoredMentor mentor, int capacity)
    {
        if (capacity <= 0)
        {
            return 0;
        }

        var shared = LanguageMasks.SharedCount(applicant.Languages, mentor.Languages);
        return shared > 0 && (applicant.Forbidden.Count == 0 || !applicant.Forbidden.Contains(mentor.Record.Id)) ? shared : 0;
    }

    public static Candidate Score(ScoredApplicant applicant, ScoredMentor mentor, int index)
    {
        var similarity = applicant.Vector.Dot(mentor.Vector);
        var shared = LanguageMasks.SharedCount(applicant.Languages, mentor.Languages);
        return new Candidate(index, similarity, ScoreFormula.Score(similarity, shared, applicant.LanguageCount));
    }

    public static List<Candidate>[] AllCandidates(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors,
        int[] capacities, CancellationToken cancellationToken)
    {
        var result = new List<Candidate>[applicants.Count];
        for (var a = 0; a < applicants.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result[a] = [];
            for (var m = 0; m < mentors.Count; m++)
            {
                if (IsAdmissible(applicants[a], mentors[m], capacities[m]))
                {
                    result[a].Add(Score(applicants[a], mentors[m], m));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Each applicant's k best admissible mentors. Similarities of one applicant against all mentors of its field come from
    /// an inverted index (term → mentors holding it), which touches only the mentors sharing a term; the k best are then
    /// rescored exactly. Applicants are independent, so they run in parallel and the result does not depend on scheduling.
    /// </summary>
    /// <remarks>With <paramref name="rows"/>, each applicant's similarity row is kept there for the optimality check.</remarks>
    public static List<Candidate>[] TopCandidates(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors,
        int[] capacities, int k, InvertedIndex index, float[][]? rows, CancellationToken cancellationToken)
    {
        var result = new List<Candidate>[applicants.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, applicants.Count, options, () => new float[mentors.Count], (a, state, scratch) =>
        {
            var applicant = applicants[a];
            var accumulator = scratch;
            if (rows is null)
            {
                Array.Clear(accumulator);
            }
            else
            {
                accumulator = rows[a] = new float[mentors.Count];
            }

            index.Accumulate(applicant.Vector, accumulator);
            // A min-heap of the k best so far, ties to the lower index: a mentor enters only if it beats the worst kept.
            var best = new PriorityQueue<int, (float Score, int Negated)>(k + 1);
            for (var m = 0; m < mentors.Count; m++)
            {
                var shared = SharedIfAdmissible(applicant, mentors[m], capacities[m]);
                if (shared == 0)
                {
                    continue;
                }

                var key = ((float)ScoreFormula.Score(accumulator[m], shared, applicant.LanguageCount), -m);
                if (best.Count < k)
                {
                    best.Enqueue(m, key);
                }
                else if (best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
                {
                    best.DequeueEnqueue(m, key);
                }
            }

            var list = new List<Candidate>(best.Count);
            while (best.TryDequeue(out var m, out _))
            {
                list.Add(Score(applicant, mentors[m], m));
            }

            list.Sort((x, y) => x.Mentor.CompareTo(y.Mentor));
            result[a] = list;
            return scratch;
        }, _ => { });
        return result;
    }
}
