namespace Matchmaking.Engine.Assignment;

/// <summary>
/// Dijkstra on reduced costs in a <see cref="ResidualGraph"/>, keeping the node potentials that make every residual edge's
/// reduced cost non-negative. <see cref="Route"/> sends one unit from a node that has no flow yet along a cheapest path.
/// </summary>
internal sealed class ShortestPaths
{
    private readonly ResidualGraph graph;
    private readonly long[] distance;
    private readonly int[] parentEdge;
    private readonly bool[] done;
    private readonly List<int> touched = [];
    private readonly PriorityQueue<int, long> queue = new();

    public ShortestPaths(ResidualGraph graph)
    {
        this.graph = graph;
        Potential = new long[graph.NodeCount];
        distance = new long[graph.NodeCount];
        parentEdge = new int[graph.NodeCount];
        done = new bool[graph.NodeCount];
        Array.Fill(distance, long.MaxValue);
    }

    public long[] Potential { get; }

    /// <summary>
    /// Routes one unit from <paramref name="start"/> (a node with no flow in or out yet) to <paramref name="sink"/>, which
    /// must be reachable. The start's potential is first raised as far as its edges allow, so that they all have a
    /// non-negative reduced cost; after the search, potentials move by min(distance, distance to sink), which keeps every
    /// residual reduced cost non-negative (min with a constant preserves d(v) ≤ d(u) + c), and only settled nodes move.
    /// </summary>
    public void Route(int start, int sink)
    {
        var highest = long.MinValue;
        for (var slot = graph.First(start); slot < graph.End(start); slot++)
        {
            var edge = graph.EdgeAt(slot);
            if (graph.Residual(edge) > 0)
            {
                highest = Math.Max(highest, Potential[graph.To(edge)] - graph.Cost(edge));
            }
        }

        Potential[start] = highest;
        distance[start] = 0;
        touched.Add(start);
        queue.Enqueue(start, 0);
        while (queue.TryDequeue(out var u, out var key))
        {
            if (done[u] || key != distance[u])
            {
                continue;
            }

            done[u] = true;
            if (u == sink)
            {
                break;
            }

            for (var slot = graph.First(u); slot < graph.End(u); slot++)
            {
                var edge = graph.EdgeAt(slot);
                if (graph.Residual(edge) <= 0)
                {
                    continue;
                }

                var v = graph.To(edge);
                var candidate = distance[u] + graph.Cost(edge) + Potential[u] - Potential[v];
                if (!done[v] && candidate < distance[v])
                {
                    if (distance[v] == long.MaxValue)
                    {
                        touched.Add(v);
                    }

                    distance[v] = candidate;
                    parentEdge[v] = edge;
                    queue.Enqueue(v, candidate);
                }
            }
        }

        if (!done[sink])
        {
            throw new InvalidOperationException("The sink is unreachable.");
        }

        // Nodes not settled would move by the sink's distance; moving every settled node by (d - d(sink)) instead is the
        // same shift up to a constant, which reduced costs do not see, and touches only the nodes this search reached.
        var toSink = distance[sink];
        foreach (var v in touched)
        {
            if (done[v])
            {
                Potential[v] += distance[v] - toSink;
            }

            distance[v] = long.MaxValue;
            done[v] = false;
        }

        touched.Clear();
        queue.Clear();
        for (var v = sink; v != start; v = graph.From(parentEdge[v]))
        {
            graph.Push(parentEdge[v], 1);
        }
    }
}
