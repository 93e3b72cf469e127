using Matchmaking.Engine.Assignment;

namespace Matchmaking.Engine.Tests.Assignment;

/// <summary>A seeded generator of small assignment problems, and the brute-force reference that solves them.</summary>
internal static class RandomInstances
{
    public static (int Applicants, int[] Capacities, List<WeightedEdge> Edges) Generate(Random random)
    {
        var applicants = random.Next(1, 7);
        var capacities = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(0, 3)).ToArray();
        var edges = new List<WeightedEdge>();
        for (var a = 0; a < applicants; a++)
        {
            for (var m = 0; m < capacities.Length; m++)
            {
                if (random.NextDouble() < 0.6)
                {
                    // Few distinct weights, so ties are common and tie handling gets exercised.
                    edges.Add(new WeightedEdge(a, m, random.Next(0, 6) * 10));
                }
            }
        }

        return (applicants, capacities, edges);
    }

    /// <summary>Tries every assignment: (most applicants served, then largest total weight).</summary>
    public static (int Served, long Weight) BruteForce(int applicants, int[] capacities, List<WeightedEdge> edges)
    {
        var byApplicant = Enumerable.Range(0, applicants).Select(a => edges.Where(e => e.Applicant == a).ToList()).ToArray();
        var used = new int[capacities.Length];
        (int, long) best = (0, 0);

        void Visit(int a, int served, long weight)
        {
            if (a == applicants)
            {
                if (served > best.Item1 || (served == best.Item1 && weight > best.Item2))
                {
                    best = (served, weight);
                }

                return;
            }

            Visit(a + 1, served, weight);
            foreach (var edge in byApplicant[a])
            {
                if (used[edge.Mentor] < capacities[edge.Mentor])
                {
                    used[edge.Mentor]++;
                    Visit(a + 1, served + 1, weight + edge.Weight);
                    used[edge.Mentor]--;
                }
            }
        }

        Visit(0, 0, 0);
        return best;
    }

    public static (int Served, long Weight) Evaluate(int[] assigned, int[] capacities, List<WeightedEdge> edges)
    {
        var used = new int[capacities.Length];
        var served = 0;
        long weight = 0;
        for (var a = 0; a < assigned.Length; a++)
        {
            if (assigned[a] < 0)
            {
                continue;
            }

            var edge = edges.Single(e => e.Applicant == a && e.Mentor == assigned[a]);
            used[edge.Mentor]++;
            served++;
            weight += edge.Weight;
        }

        Assert.All(Enumerable.Range(0, capacities.Length), m => Assert.True(used[m] <= capacities[m], "capacity exceeded"));
        return (served, weight);
    }
}
