namespace Matchmaking.Engine.Assignment;

/// <summary>
/// A flow network in arrays: edge 2k is a forward edge, 2k+1 its reverse. After <see cref="Freeze"/> the edges of each
/// node are listed contiguously (in insertion order), which keeps the shortest-path search cache-friendly and canonical.
/// </summary>
internal sealed class ResidualGraph
{
    private readonly List<int> from;
    private readonly List<int> to;
    private readonly List<int> capacity;
    private readonly List<long> cost;
    private int[] flow = [];
    private int[] start = [];
    private int[] adjacency = [];

    public ResidualGraph(int nodeCount, int expectedEdges)
    {
        NodeCount = nodeCount;
        from = new List<int>(2 * expectedEdges);
        to = new List<int>(2 * expectedEdges);
        capacity = new List<int>(2 * expectedEdges);
        cost = new List<long>(2 * expectedEdges);
    }

    public int NodeCount { get; }
    public int EdgeCount => to.Count;

    public void Add(int u, int v, int edgeCapacity, long edgeCost)
    {
        from.Add(u);
        to.Add(v);
        capacity.Add(edgeCapacity);
        cost.Add(edgeCost);
        from.Add(v);
        to.Add(u);
        capacity.Add(0);
        cost.Add(-edgeCost);
    }

    public void Freeze()
    {
        flow = new int[to.Count];
        start = new int[NodeCount + 1];
        foreach (var u in from)
        {
            start[u + 1]++;
        }

        for (var v = 0; v < NodeCount; v++)
        {
            start[v + 1] += start[v];
        }

        adjacency = new int[to.Count];
        var fill = (int[])start.Clone();
        for (var e = 0; e < from.Count; e++)
        {
            adjacency[fill[from[e]]++] = e;
        }
    }

    public int First(int node) => start[node];
    public int End(int node) => start[node + 1];
    public int EdgeAt(int slot) => adjacency[slot];
    public int From(int edge) => from[edge];
    public int To(int edge) => to[edge];
    public long Cost(int edge) => cost[edge];
    public int Flow(int edge) => flow[edge];
    public int Residual(int edge) => capacity[edge] - flow[edge];

    public void Push(int edge, int amount)
    {
        flow[edge] += amount;
        flow[edge ^ 1] -= amount;
    }
}
