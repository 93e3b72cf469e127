namespace Matchmaking.Engine.Assignment;

/// <summary>The outcome for one field: the mentor (local index) of each applicant or -1, and each applicant's candidate edges.</summary>
internal sealed record FieldOutcome(int[] Assigned, List<Candidate>[] Candidates, bool Pruned);

/// <summary>
/// Builds the candidate graph of one field and solves it exactly. Fields never share an edge, so each is its own problem.
/// Small fields keep every admissible edge: the optimum is the global optimum. Large fields keep each applicant's
/// <see cref="TopK"/> best admissible mentors (found with an inverted index) and are solved exactly over that graph;
/// an applicant left unmatched then gets every admissible mentor that still has room, and the field is solved again,
/// so no applicant stays unmatched while a mentor it could have is free.
/// </summary>
internal static class FieldAssignment
{
    public const int DenseLimit = 250_000;
    public const int TopK = 12;
    private const int WideningRounds = 4;

    public static FieldOutcome Solve(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors, int[] capacities,
        long previousScale, CancellationToken cancellationToken)
    {
        var pruned = (long)applicants.Count * mentors.Count > DenseLimit;
        var candidates = pruned
            ? CandidateSearch.TopCandidates(applicants, mentors, capacities, TopK, cancellationToken)
            : CandidateSearch.AllCandidates(applicants, mentors, capacities, cancellationToken);
        var assigned = SolveGraph(applicants, mentors, capacities, candidates, previousScale, cancellationToken);
        for (var round = 0; pruned && round < WideningRounds; round++)
        {
            if (!CandidateSearch.Widen(applicants, mentors, capacities, candidates, assigned))
            {
                break;
            }

            assigned = SolveGraph(applicants, mentors, capacities, candidates, previousScale, cancellationToken);
        }

        return new FieldOutcome(assigned, candidates, pruned);
    }

    /// <summary>
    /// Edge weight = quantized score · previousScale + (1 if the pair was a pending proposal). previousScale exceeds the
    /// number of previous pairs, so all the bonuses together stay below one score unit (10⁻⁶): two assignments whose
    /// quantized totals differ by at least one unit keep their order, whatever the bonuses. The bonus only chooses among
    /// assignments of equal count and equal total score, and there it keeps as many pending proposals as it can.
    /// </summary>
    public static int[] SolveGraph(IReadOnlyList<ScoredApplicant> applicants, IReadOnlyList<ScoredMentor> mentors, int[] capacities,
        List<Candidate>[] candidates, long previousScale, CancellationToken cancellationToken)
    {
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < applicants.Count; a++)
        {
            foreach (var candidate in candidates[a])
            {
                var previous = applicants[a].Previous.Contains(mentors[candidate.Mentor].Record.Id) ? 1 : 0;
                edges.Add(new WeightedEdge(a, candidate.Mentor, (ScoreFormula.Quantize(candidate.Score) * previousScale) + previous));
            }
        }

        return MaxWeightAssignment.Solve(applicants.Count, capacities, edges, cancellationToken);
    }
}
