namespace Matchmaking.Engine.Assignment;

/// <summary>
/// The outcome for one field: the mentor (local index) of each applicant or -1, and each applicant's candidate edges.
/// <paramref name="Pruned"/>: solved on a candidate graph, then proven over every admissible pair in
/// <paramref name="CheckRounds"/> checks (the last one finding nothing to add).
/// </summary>
internal sealed record FieldOutcome(int[] Assigned, List<Candidate>[] Candidates, bool Pruned, int CheckRounds = 0);

/// <summary>
/// Solves one field exactly. Fields never share an edge, so each is its own problem. Small fields keep every admissible
/// edge. Large fields start from each applicant's <see cref="TopK"/> best admissible mentors (found with an inverted index),
/// are solved on that graph, and then checked against every admissible pair with the solver's dual potentials
/// (<see cref="OptimalityCheck"/>): the pairs that disprove optimality are added and the field is solved again, until the
/// check passes. The result is the optimum over all pairs, not only over the candidates.
/// </summary>
internal static class FieldAssignment
{
    public const int DenseLimit = 250_000;
    public const int TopK = 12;

    /// <summary>At most this many similarities (4 bytes each, 64 MB) are kept per field between the search and the checks.</summary>
    public const long RowLimit = 16_000_000;

    public static FieldOutcome Solve(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors, int[] capacities,
        long previousScale, CancellationToken cancellationToken) =>
        Solve(applicants, mentors, capacities, previousScale, DenseLimit, TopK, cancellationToken);

    /// <summary>The same with the pruning limits given (tests force pruning on small fields with them).</summary>
    public static FieldOutcome Solve(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors, int[] capacities,
        long previousScale, long denseLimit, int topK, CancellationToken cancellationToken)
    {
        var pruned = (long)applicants.Count * mentors.Count > denseLimit;
        if (!pruned)
        {
            var all = CandidateSearch.AllCandidates(applicants, mentors, capacities, cancellationToken);
            return new FieldOutcome(SolveGraph(applicants, mentors, capacities, all, previousScale, cancellationToken).Assigned, all, false);
        }

        var index = InvertedIndex.Build(mentors);
        // The similarity rows of the candidate search are kept for the checks when they fit in RowLimit floats: the
        // check then reads them instead of scoring every pair a second time.
        var rows = (long)applicants.Count * mentors.Count <= RowLimit ? new float[applicants.Count][] : null;
        var candidates = CandidateSearch.TopCandidates(applicants, mentors, capacities, topK, index, rows, cancellationToken);
        for (var round = 1; ; round++)
        {
            var solution = SolveGraph(applicants, mentors, capacities, candidates, previousScale, cancellationToken);
            var violations = OptimalityCheck.Violations(applicants, mentors, capacities, candidates, solution, previousScale, index,
                rows, cancellationToken);
            if (violations.Count == 0)
            {
                return new FieldOutcome(solution.Assigned, candidates, true, round);
            }

            foreach (var (applicant, candidate) in violations)
            {
                candidates[applicant].Add(candidate);
            }
        }
    }

    /// <summary>
    /// Edge weight = quantized score · previousScale + (1 if the pair was a pending proposal). previousScale exceeds the
    /// number of previous pairs, so all the bonuses together stay below one score unit (10⁻⁶): two assignments whose
    /// quantized totals differ by at least one unit keep their order, whatever the bonuses. The bonus only chooses among
    /// assignments of equal count and equal total score, and there it keeps as many pending proposals as it can. Costs are
    /// taken from a fixed ceiling (the largest weight any pair can have), so that pairs added later compare on the same scale.
    /// </summary>
    public static AssignmentSolution SolveGraph(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors,
        int[] capacities, List<Candidate>[] candidates, long previousScale, CancellationToken cancellationToken)
    {
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < applicants.Count; a++)
        {
            foreach (var candidate in candidates[a])
            {
                edges.Add(new WeightedEdge(a, candidate.Mentor,
                    OptimalityCheck.Weight(applicants[a], mentors[candidate.Mentor], candidate.Score, previousScale)));
            }
        }

        return MaxWeightAssignment.SolveWithDuals(applicants.Count, capacities, edges, OptimalityCheck.Ceiling(previousScale),
            cancellationToken);
    }
}
