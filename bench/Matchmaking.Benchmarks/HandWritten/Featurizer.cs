using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// Turns a text into a unit TF-IDF vector. Each feature group (words, bigrams, character n-grams, concepts) is normalized on
/// its own and weighted, as FeaturizeText concatenates its word and character vectors, so the cosine of two texts is a weighted
/// mean of the per-group cosines. Term counts go to a dense scratch array and a word's features and concepts are looked up
/// once per run (<see cref="TermIndex.Word"/>): texts repeat their words, and hashing every n-gram of every token dominated
/// the time. Holds scratch buffers: one per thread.
/// </summary>
internal sealed class Featurizer
{
    private readonly TermIndex index;
    private readonly TfidfOptions options;
    private readonly bool concepts;
    private readonly List<int> touched = [];
    private readonly List<ConceptWord> conceptWords = [];
    private readonly char[] bigramBuffer = new char[256];
    private readonly FeatureKeySink bigramSink;
    private readonly Action<int> conceptSink;
    private int[] counts = new int[1024];

    public Featurizer(TermIndex index, TfidfOptions options, bool concepts)
    {
        this.index = index;
        this.options = options;
        this.concepts = concepts;
        bigramSink = key => Count(this.index.GetOrAdd(key));
        conceptSink = concept => Count(this.index.Concept(concept));
    }

    public SparseVector Featurize(string? text)
    {
        var words = TextNormalizer.Words(text);
        string? previous = null;
        foreach (var word in words)
        {
            var entry = index.Word(word, options);
            if (concepts)
            {
                conceptWords.Add(entry.Concept!);
            }

            if (entry.IsStop)
            {
                continue;
            }

            foreach (var id in entry.Features)
            {
                Count(id);
            }

            if (options.WordBigrams && previous is not null)
            {
                FeatureKeys.EmitBigram(previous, word, bigramBuffer, bigramSink);
            }

            previous = word;
        }

        if (concepts)
        {
            ConceptThesaurus.Match(conceptWords, conceptSink);
            conceptWords.Clear();
        }

        if (touched.Count == 0)
        {
            return SparseVector.Empty;
        }

        var ids = new int[touched.Count];
        var values = new float[touched.Count];
        Span<double> groupNorms = stackalloc double[FeatureGroups.Count];
        for (var k = 0; k < touched.Count; k++)
        {
            var id = touched[k];
            var count = counts[id];
            counts[id] = 0;
            var tf = options.SublinearTf ? 1 + Math.Log(count) : count;
            var weight = (float)(tf * index.Idf(id));
            ids[k] = id;
            values[k] = weight;
            groupNorms[(int)index.Group(id)] += (double)weight * weight;
        }

        touched.Clear();
        Span<double> scale = stackalloc double[FeatureGroups.Count];
        scale[(int)FeatureGroup.Word] = Scale(options.WordWeight, groupNorms[(int)FeatureGroup.Word]);
        scale[(int)FeatureGroup.Bigram] = Scale(options.BigramWeight, groupNorms[(int)FeatureGroup.Bigram]);
        scale[(int)FeatureGroup.Char] = Scale(options.CharWeight, groupNorms[(int)FeatureGroup.Char]);
        scale[(int)FeatureGroup.Concept] = Scale(options.ConceptWeight, groupNorms[(int)FeatureGroup.Concept]);
        for (var i = 0; i < ids.Length; i++)
        {
            values[i] = (float)(values[i] * scale[(int)index.Group(ids[i])]);
        }

        return SparseVector.Normalized(ids, values);
    }

    private void Count(int id)
    {
        if (id >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(id + 1, counts.Length * 2));
        }

        if (counts[id]++ == 0)
        {
            touched.Add(id);
        }
    }

    private static double Scale(double groupWeight, double squaredNorm) => squaredNorm > 0 ? groupWeight / Math.Sqrt(squaredNorm) : 0;
}
