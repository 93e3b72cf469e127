namespace Matchmaking.Engine.Assignment;

/// <summary>
/// Exact b-matching: each applicant gets at most one mentor, each mentor at most its capacity; first the largest number
/// of applicants served, then the largest total weight. Solved as a min-cost flow in which every applicant sends one unit
/// to the sink, through a mentor (cost <c>ceiling - weight</c> ≥ 0) or through its own "unmatched" edge, whose cost exceeds
/// what any number of pairs can gain, so a flow serves as many applicants as possible before it weighs scores. Applicants
/// enter one at a time, each routed by one Dijkstra search from it on reduced costs (the Hungarian method's row step, with
/// capacities): the flow stays of least cost for the applicants entered so far, and a search settles only the few nodes
/// cheaper than its best free mentor. Deterministic: same edges in the same order give the same answer.
/// </summary>
internal static class MaxWeightAssignment
{
    /// <returns>For each applicant the mentor index assigned, or -1.</returns>
    public static int[] Solve(int applicantCount, IReadOnlyList<int> capacities, IReadOnlyList<WeightedEdge> edges,
        CancellationToken cancellationToken = default)
    {
        long maxWeight = 0;
        foreach (var edge in edges)
        {
            maxWeight = Math.Max(maxWeight, edge.Weight);
        }

        return SolveWithDuals(applicantCount, capacities, edges, maxWeight, cancellationToken).Assigned;
    }

    /// <summary>
    /// Solves with pair cost <c>ceiling - weight</c> (the ceiling must be at least every weight, including the weights of
    /// pairs a caller may add later) and returns the node potentials with the assignment: every residual edge of the final
    /// graph has a non-negative reduced cost <c>cost + π(from) - π(to)</c>, which is what <see cref="OptimalityCheck"/> tests
    /// the pairs left out against.
    /// </summary>
    public static AssignmentSolution SolveWithDuals(int applicantCount, IReadOnlyList<int> capacities, IReadOnlyList<WeightedEdge> edges,
        long ceiling, CancellationToken cancellationToken = default)
    {
        var mentorCount = capacities.Count;
        var sink = applicantCount + mentorCount;
        var graph = new ResidualGraph(sink + 1, applicantCount + mentorCount + edges.Count);
        // Leaving one applicant unmatched must cost more than every pair together could gain.
        var unmatchedCost = checked(((applicantCount + 1L) * ceiling) + 1);
        var firstPairEdge = graph.EdgeCount;
        foreach (var edge in edges)
        {
            graph.Add(edge.Applicant, applicantCount + edge.Mentor, 1, ceiling - edge.Weight);
        }

        var firstUnmatchedEdge = graph.EdgeCount;
        for (var a = 0; a < applicantCount; a++)
        {
            graph.Add(a, sink, 1, unmatchedCost);
        }

        for (var m = 0; m < mentorCount; m++)
        {
            if (capacities[m] > 0)
            {
                graph.Add(applicantCount + m, sink, capacities[m], 0);
            }
        }

        graph.Freeze();
        var search = new ShortestPaths(graph);
        for (var a = 0; a < applicantCount; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            search.Route(a, sink);
        }

        var assigned = new int[applicantCount];
        Array.Fill(assigned, -1);
        for (var e = firstPairEdge; e < firstUnmatchedEdge; e += 2)
        {
            if (graph.Flow(e) > 0)
            {
                assigned[graph.From(e)] = graph.To(e) - applicantCount;
            }
        }

        var potential = search.Potential;
        return new AssignmentSolution(assigned, potential[..applicantCount], potential[applicantCount..sink], ceiling);
    }
}
