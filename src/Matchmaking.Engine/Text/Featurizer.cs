namespace Matchmaking.Engine.Text;

/// <summary>
/// Turns a text into a unit TF-IDF vector. Each feature group (words, bigrams, character n-grams) is normalized on its own
/// and weighted, as FeaturizeText concatenates its word and character vectors, so the cosine of two texts is a weighted
/// mean of the per-group cosines. Holds scratch buffers: one per thread.
/// </summary>
internal sealed class Featurizer
{
    private readonly TermIndex index;
    private readonly TextModelOptions options;
    private readonly Dictionary<int, int> counts = [];
    private readonly FeatureKeySink sink;

    public Featurizer(TermIndex index, TextModelOptions options)
    {
        this.index = index;
        this.options = options;
        sink = key =>
        {
            var id = this.index.GetOrAdd(key);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        };
    }

    public SparseVector Featurize(string? text)
    {
        counts.Clear();
        FeatureKeys.Emit(TextNormalizer.Tokenize(text), options, sink);
        if (counts.Count == 0)
        {
            return SparseVector.Empty;
        }

        var ids = new int[counts.Count];
        var values = new float[counts.Count];
        Span<double> groupNorms = stackalloc double[3];
        var k = 0;
        foreach (var (id, count) in counts)
        {
            var tf = options.SublinearTf ? 1 + Math.Log(count) : count;
            var weight = (float)(tf * index.Idf(id));
            ids[k] = id;
            values[k++] = weight;
            groupNorms[(int)index.Group(id)] += (double)weight * weight;
        }

        Span<double> scale = stackalloc double[3];
        scale[(int)FeatureGroup.Word] = Scale(options.WordWeight, groupNorms[(int)FeatureGroup.Word]);
        scale[(int)FeatureGroup.Bigram] = Scale(options.BigramWeight, groupNorms[(int)FeatureGroup.Bigram]);
        scale[(int)FeatureGroup.Char] = Scale(options.CharWeight, groupNorms[(int)FeatureGroup.Char]);
        for (var i = 0; i < ids.Length; i++)
        {
            values[i] = (float)(values[i] * scale[(int)index.Group(ids[i])]);
        }

        return SparseVector.Normalized(ids, values);
    }

    private static double Scale(double groupWeight, double squaredNorm) => squaredNorm > 0 ? groupWeight / Math.Sqrt(squaredNorm) : 0;
}
