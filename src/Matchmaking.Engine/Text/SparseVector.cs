using System.Numerics.Tensors;

namespace Matchmaking.Engine.Text;

/// <summary>An L2-normalized sparse vector: term ids in ascending order and their weights.</summary>
internal sealed class SparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    public SparseVector(int[] ids, float[] values)
    {
        Ids = ids;
        Values = values;
    }

    public int[] Ids { get; }
    public float[] Values { get; }
    public int Count => Ids.Length;

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

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>Builds a unit vector from unsorted, distinct (id, weight) pairs.</summary>
    public static SparseVector Normalized(int[] ids, float[] values)
    {
        var norm = TensorPrimitives.Norm<float>(values);
        if (norm <= 0 || ids.Length == 0)
        {
            return Empty;
        }

        TensorPrimitives.Divide(values, norm, values);
        Array.Sort(ids, values);
        return new SparseVector(ids, values);
    }

    /// <summary>The unit vector along a + weight·b (both unit vectors).</summary>
    public static SparseVector Blend(SparseVector a, SparseVector b, double weight)
    {
        if (b.Count == 0 || weight <= 0)
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

        return Normalized([.. ids], [.. values]);
    }
}
