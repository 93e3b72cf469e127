using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Assignment;

/// <summary>Postings of a field's mentor vectors in compressed rows: for each term, the mentors holding it and their weights.</summary>
internal sealed class InvertedIndex
{
    private readonly Dictionary<int, int> rows;
    private readonly int[] start;
    private readonly int[] mentors;
    private readonly float[] weights;
    private readonly float[]?[] dense;

    private InvertedIndex(Dictionary<int, int> rows, int[] start, int[] mentors, float[] weights, float[]?[] dense)
    {
        this.rows = rows;
        this.start = start;
        this.mentors = mentors;
        this.weights = weights;
        this.dense = dense;
    }

    public static InvertedIndex Build(IReadOnlyList<ScoredMentor> offers)
    {
        var rows = new Dictionary<int, int>();
        var counts = new List<int>();
        foreach (var offer in offers)
        {
            foreach (var term in offer.Vector.Ids)
            {
                if (!rows.TryGetValue(term, out var row))
                {
                    rows[term] = row = counts.Count;
                    counts.Add(0);
                }

                counts[row]++;
            }
        }

        var start = new int[counts.Count + 1];
        for (var r = 0; r < counts.Count; r++)
        {
            start[r + 1] = start[r] + counts[r];
        }

        var fill = (int[])start.Clone();
        var mentors = new int[start[^1]];
        var weights = new float[start[^1]];
        for (var m = 0; m < offers.Count; m++)
        {
            var vector = offers[m].Vector;
            for (var i = 0; i < vector.Count; i++)
            {
                var slot = fill[rows[vector.Ids[i]]]++;
                mentors[slot] = m;
                weights[slot] = vector.Values[i];
            }
        }

        return new InvertedIndex(rows, start, mentors, weights, [.. offers.Select(o => o.Vector.Dense)]);
    }

    /// <summary>Adds the dot product of <paramref name="query"/> with every mentor into <paramref name="scores"/>.</summary>
    public void Accumulate(SparseVector query, float[] scores)
    {
        if (query.Dense is { } queryDense)
        {
            // Every mentor with an embedding holds every dense position: one SIMD dot product each, not postings.
            for (var m = 0; m < dense.Length; m++)
            {
                if (dense[m] is { } mentorDense && mentorDense.Length == queryDense.Length)
                {
                    scores[m] += System.Numerics.Tensors.TensorPrimitives.Dot(queryDense, mentorDense);
                }
            }
        }

        for (var i = 0; i < query.Count; i++)
        {
            if (!rows.TryGetValue(query.Ids[i], out var row))
            {
                continue;
            }

            var weight = query.Values[i];
            for (var p = start[row]; p < start[row + 1]; p++)
            {
                scores[mentors[p]] += weight * weights[p];
            }
        }
    }
}
