namespace Matchmaking.Engine.Assignment;

/// <summary>
/// Exact b-matching: each applicant gets at most one mentor, each mentor at most its capacity; first the largest number
/// of applicants served, then the largest total weight. Solved as a min-cost max-flow by successive shortest paths
/// (Dijkstra with potentials). Edge cost is <c>maxWeight - weight</c> ≥ 0; every unit of flow crosses exactly one
/// applicant–mentor edge, so a flow of value f costs f·maxWeight − Σweight. Successive shortest paths keep the flow
/// min-cost for each value f, and run until no augmenting path is left, so the result is, among the maximum-cardinality
/// assignments, one of largest total weight. Deterministic: same edges in the same order give the same answer.
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
    /// Solves with edge cost <c>ceiling - weight</c> (the ceiling must be at least every weight, including the weights of
    /// edges a caller may add later) and returns the node potentials with the assignment: every residual edge of the final
    /// graph has a non-negative reduced cost <c>cost + π(from) - π(to)</c>, which is what <see cref="OptimalityCheck"/> tests
    /// the edges left out against.
    /// </summary>
    public static AssignmentSolution SolveWithDuals(int applicantCount, IReadOnlyList<int> capacities, IReadOnlyList<WeightedEdge> edges,
        long ceiling, CancellationToken cancellationToken = default)
    {
        var mentorCount = capacities.Count;
        var source = applicantCount + mentorCount;
        var sink = source + 1;
        var graph = new ResidualGraph(sink + 1, applicantCount + mentorCount + edges.Count);
        var maxWeight = ceiling;

        for (var a = 0; a < applicantCount; a++)
        {
            graph.Add(source, a, 1, 0);
        }

        var firstPairEdge = graph.EdgeCount;
        foreach (var edge in edges)
        {
            graph.Add(edge.Applicant, applicantCount + edge.Mentor, 1, maxWeight - edge.Weight);
        }

        for (var m = 0; m < mentorCount; m++)
        {
            if (capacities[m] > 0)
            {
                graph.Add(applicantCount + m, sink, capacities[m], 0);
            }
        }

        graph.Freeze();
        var potential = new long[graph.NodeCount];
        var distance = new long[graph.NodeCount];
        var parentEdge = new int[graph.NodeCount];
        var done = new bool[graph.NodeCount];
        var queue = new PriorityQueue<int, (long Distance, int Node)>();
        var served = 0;
        while (served < applicantCount)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ShortestPath(graph, source, sink, potential, distance, parentEdge, done, queue))
            {
                break;
            }

            for (var v = sink; v != source; v = graph.From(parentEdge[v]))
            {
                graph.Push(parentEdge[v], 1);
            }

            served++;
        }

        var assigned = new int[applicantCount];
        Array.Fill(assigned, -1);
        for (var e = firstPairEdge; e < firstPairEdge + (2 * edges.Count); e += 2)
        {
            if (graph.Flow(e) > 0)
            {
                assigned[graph.From(e)] = graph.To(e) - applicantCount;
            }
        }

        return new AssignmentSolution(assigned, potential[..applicantCount], potential[applicantCount..(applicantCount + mentorCount)], ceiling);
    }

    /// <summary>
    /// Dijkstra on reduced costs, stopped when the sink is settled. Potentials move by min(distance, distance to sink),
    /// which keeps every residual reduced cost non-negative (min with a constant preserves d(v) ≤ d(u) + c).
    /// Ties in the queue go to the lower node index, so the search is canonical.
    /// </summary>
    private static bool ShortestPath(ResidualGraph graph, int source, int sink, long[] potential, long[] distance, int[] parentEdge,
        bool[] done, PriorityQueue<int, (long, int)> queue)
    {
        Array.Fill(distance, long.MaxValue);
        Array.Clear(done);
        queue.Clear();
        distance[source] = 0;
        queue.Enqueue(source, (0, source));
        while (queue.TryDequeue(out var u, out var key))
        {
            if (done[u] || key.Item1 != distance[u])
            {
                continue;
            }

            done[u] = true;
            if (u == sink)
            {
                break;
            }

            for (var e = graph.First(u); e < graph.End(u); e++)
            {
                var edge = graph.EdgeAt(e);
                if (graph.Residual(edge) <= 0)
                {
                    continue;
                }

                var v = graph.To(edge);
                var candidate = distance[u] + graph.Cost(edge) + potential[u] - potential[v];
                if (!done[v] && candidate < distance[v])
                {
                    distance[v] = candidate;
                    parentEdge[v] = edge;
                    queue.Enqueue(v, (candidate, v));
                }
            }
        }

        if (!done[sink])
        {
            return false;
        }

        var toSink = distance[sink];
        for (var v = 0; v < potential.Length; v++)
        {
            potential[v] += done[v] ? distance[v] : toSink;
        }

        return true;
    }
}
