using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>The fitted part of the model: feature keys, their document frequencies and IDF weights. Immutable.</summary>
internal sealed class Vocabulary
{
    public Vocabulary(int documentCount, string[] terms, int[] documentFrequencies)
    {
        DocumentCount = documentCount;
        Terms = terms;
        DocumentFrequencies = documentFrequencies;
        Ids = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        Idf = new float[terms.Length];
        Groups = new FeatureGroup[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            Ids.Add(terms[i], i);
            Idf[i] = InverseDocumentFrequency(documentFrequencies[i]);
            Groups[i] = FeatureGroups.Of(terms[i]);
        }

        UnseenIdf = InverseDocumentFrequency(0);
    }

    public int DocumentCount { get; }
    public string[] Terms { get; }
    public int[] DocumentFrequencies { get; }
    public Dictionary<string, int> Ids { get; }
    public float[] Idf { get; }
    public FeatureGroup[] Groups { get; }
    /// <summary>A term the corpus never saw is as rare as can be: it gets the IDF of document frequency 0.</summary>
    public float UnseenIdf { get; }

    /// <summary>Smoothed IDF, ln((N + 1) / (df + 1)) + 1: never zero, so a term every document has still counts a little.</summary>
    private float InverseDocumentFrequency(int df) => (float)(Math.Log((DocumentCount + 1.0) / (df + 1.0)) + 1.0);
}
