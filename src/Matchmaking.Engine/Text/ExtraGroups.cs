namespace Matchmaking.Engine.Text;

/// <summary>
/// The groups computed beside the ML.NET pipeline: lexical stems, WordNet-related stems (ids above the pipeline's space,
/// from <see cref="LexicalBase"/>, two per stem: direct and related), and the sentence embedding (the vector's dense tail).
/// </summary>
internal static class ExtraGroups
{
    public const int LexicalBase = 1 << 24;

    public static GroupShares Shares(IReadOnlyList<double> groupWeights, bool hasLexicon)
    {
        var pipeline = 0.0;
        for (var g = 0; g < TextPipeline.Outputs.Length; g++)
        {
            pipeline += Math.Max(0, groupWeights[g]);
        }

        return new GroupShares(
            pipeline,
            hasLexicon ? Math.Max(0, groupWeights[(int)FeatureGroup.Lexical]) : 0,
            hasLexicon ? Math.Max(0, groupWeights[(int)FeatureGroup.Related]) : 0,
            Math.Max(0, groupWeights[(int)FeatureGroup.Dense]));
    }

    public static SparseVector Compose(SparseVector pipeline, string? text, GroupShares weights, Lexicon.Lexicon? lexicon, bool hypernyms,
        float[]? dense)
    {
        if (string.IsNullOrEmpty(text))
        {
            return SparseVector.Empty;
        }

        var ids = new List<int>(pipeline.Count + 64);
        var values = new List<float>(pipeline.Count + 64);
        Append(ids, values, pipeline.Ids, pipeline.Values, weights.Pipeline);
        if (lexicon is not null && (weights.Lexical > 0 || weights.Related > 0))
        {
            var bag = lexicon.Analyse(text, hypernyms, related: weights.Related > 0);
            AppendBag(ids, values, bag.Direct, lexicon, 0, weights.Lexical);
            AppendBag(ids, values, bag.Related, lexicon, 1, weights.Related);
        }

        float[]? tail = null;
        if (weights.Dense > 0 && dense is not null)
        {
            // A unit vector scaled by √weight, as the sparse groups are.
            tail = new float[dense.Length];
            var norm = System.Numerics.Tensors.TensorPrimitives.Norm<float>(dense);
            if (norm > 0)
            {
                System.Numerics.Tensors.TensorPrimitives.Multiply(dense, (float)(Math.Sqrt(weights.Dense) / norm), tail);
            }
        }

        return SparseVector.Normalized([.. ids], [.. values], tail);
    }

    private static void AppendBag(List<int> ids, List<float> values, IReadOnlyDictionary<string, float> bag, Lexicon.Lexicon lexicon,
        int slot, double weight)
    {
        if (weight <= 0 || bag.Count == 0)
        {
            return;
        }

        var bagIds = new int[bag.Count];
        var bagValues = new float[bag.Count];
        var i = 0;
        foreach (var (stem, tf) in bag)
        {
            bagIds[i] = LexicalBase + (2 * lexicon.TermId(stem)) + slot;
            bagValues[i++] = tf * lexicon.Idf(stem);
        }

        var unit = SparseVector.Normalized(bagIds, bagValues);
        Append(ids, values, unit.Ids, unit.Values, weight);
    }

    /// <summary>Appends a unit vector scaled by √weight, so that its share of a dot product is the weight.</summary>
    private static void Append(List<int> ids, List<float> values, IReadOnlyList<int> groupIds, IReadOnlyList<float> groupValues, double weight)
    {
        if (weight <= 0)
        {
            return;
        }

        var norm = 0.0;
        foreach (var v in groupValues)
        {
            norm += (double)v * v;
        }

        if (norm <= 0)
        {
            return;
        }

        var scale = (float)(Math.Sqrt(weight) / Math.Sqrt(norm));
        ids.AddRange(groupIds);
        foreach (var v in groupValues)
        {
            values.Add(v * scale);
        }
    }

    internal readonly record struct GroupShares(double Pipeline, double Lexical, double Related, double Dense)
    {
        public bool Any => Lexical > 0 || Related > 0 || Dense > 0;
    }
}
