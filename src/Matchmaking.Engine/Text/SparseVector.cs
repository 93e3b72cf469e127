using System.Numerics.Tensors;

namespace Matchmaking.Engine.Text;

/// <summary>
/// An L2-normalized vector: term ids in ascending order and their weights, and an optional dense tail (the sentence
/// embedding, scaled by its share) that every vector with one shares position by position, so it is dotted with SIMD
/// instead of being merged id by id.
/// </summary>
internal sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    public SparseVector(int[] ids, float[] values, float[]? dense = null)
    {
        Ids = ids;
        Values = values;
        Dense = dense;
    }

    public int[] Ids { get; }
    public float[] Values { get; }
    public float[]? Dense { get; }
    public int Count => Ids.Length;

    /// <summary>The dense tails' dot product (0 when either has none).</summary>
    public float DenseDot(SparseVector other) =>
        Dense is { } mine && other.Dense is { } theirs && mine.Length == theirs.Length ? TensorPrimitives.Dot(mine, theirs) : 0;

    /// <summary>The cosine of two normalized vectors: a merge of their sorted ids.</summary>
    public double Dot(SparseVector other)
    {
        var a = Ids;
        var b = other.Ids;
        int i = 0, j = 0;
        double sum = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)Values[i] * other.Values[j];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return Math.Clamp(sum + DenseDot(other), 0, 1);
    }

    /// <summary>Builds a unit vector from unsorted, distinct (id, weight) pairs and an optional dense tail.</summary>
    public static SparseVector Normalized(int[] ids, float[] values, float[]? dense = null)
    {
        var sparseNorm = TensorPrimitives.Norm<float>(values);
        var denseNorm = dense is null ? 0 : TensorPrimitives.Norm<float>(dense);
        var norm = MathF.Sqrt((sparseNorm * sparseNorm) + (denseNorm * denseNorm));
        if (norm <= 0)
        {
            return Empty;
        }

        TensorPrimitives.Divide(values, norm, values);
        Array.Sort(ids, values);
        if (dense is not null && denseNorm > 0)
        {
            TensorPrimitives.Divide(dense, norm, dense);
            return new SparseVector(ids, values, dense);
        }

        return new SparseVector(ids, values);
    }

    /// <summary>The unit vector along a + weight·b (both unit vectors).</summary>
    public static SparseVector Blend(SparseVector a, SparseVector b, double weight)
    {
        if ((b.Count == 0 && b.Dense is null) || weight <= 0)
        {
            return a;
        }

        var ids = new List<int>(a.Count + b.Count);
        var values = new List<float>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j >= b.Count || (i < a.Count && a.Ids[i] < b.Ids[j]))
            {
                ids.Add(a.Ids[i]);
                values.Add(a.Values[i++]);
            }
            else if (i >= a.Count || b.Ids[j] < a.Ids[i])
            {
                ids.Add(b.Ids[j]);
                values.Add((float)(weight * b.Values[j++]));
            }
            else
            {
                ids.Add(a.Ids[i]);
                values.Add((float)(a.Values[i++] + (weight * b.Values[j++])));
            }
        }

        float[]? dense = null;
        if (a.Dense is not null || b.Dense is not null)
        {
            dense = new float[(a.Dense ?? b.Dense)!.Length];
            if (a.Dense is not null)
            {
                a.Dense.CopyTo(dense, 0);
            }

            if (b.Dense is not null && b.Dense.Length == dense.Length)
            {
                TensorPrimitives.MultiplyAdd(b.Dense, (float)weight, dense, dense);
            }
        }

        return Normalized([.. ids], [.. values], dense);
    }
}
