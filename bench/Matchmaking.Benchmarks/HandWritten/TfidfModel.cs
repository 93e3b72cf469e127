using System.Security.Cryptography;
using System.Text;

using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// The fitted text model: a TF-IDF featurizer over word unigrams, bigrams, character n-grams and thesaurus concepts, with
/// cosine similarity.
/// Immutable and thread-safe; a run takes its own <see cref="TermIndex"/> for the terms the corpus never saw.
/// </summary>
public sealed class TfidfModel
{
    private static readonly Lazy<TfidfModel> DefaultModel = new(TfidfBuiltIn.Create);

    internal TfidfModel(string version, TfidfOptions options, Vocabulary vocabulary, ConceptThesaurus? thesaurus)
    {
        Version = version;
        Options = options;
        Vocabulary = vocabulary;
        Thesaurus = options.ConceptWeight > 0 ? thesaurus : null;
    }

    /// <summary>Names the model in results and rounds, e.g. "tfidf-ngram-1-3f9a0c12d4e5".</summary>
    public string Version { get; }
    public TfidfOptions Options { get; }
    public int VocabularySize => Vocabulary.Terms.Length;
    public int DocumentCount => Vocabulary.DocumentCount;
    /// <summary>The number of thesaurus concepts the model matches (0 without concepts).</summary>
    public int ConceptCount => Thesaurus?.Concepts.Count ?? 0;
    internal Vocabulary Vocabulary { get; }
    /// <summary>The thesaurus the model was fitted with; it travels in the artifact, so a saved model never changes meaning.</summary>
    internal ConceptThesaurus? Thesaurus { get; }

    /// <summary>
    /// The shipped model (ml-models/, embedded in this assembly); fitted on the built-in corpus if the artifact is absent.
    /// </summary>
    public static TfidfModel Default => DefaultModel.Value;

    /// <summary>
    /// Fits document frequencies on a corpus, one document per item, with the built-in thesaurus. Deterministic: the same
    /// corpus gives the same model.
    /// </summary>
    public static TfidfModel Fit(IEnumerable<string> corpus, TfidfOptions options) => Fit(corpus, options, ConceptThesaurus.BuiltIn);

    internal static TfidfModel Fit(IEnumerable<string> corpus, TfidfOptions options, ConceptThesaurus thesaurus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var concepts = options.ConceptWeight > 0 ? thesaurus : null;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenLookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var documents = 0;
        FeatureKeySink sink = key => seenLookup.Add(key);
        foreach (var document in corpus)
        {
            seen.Clear();
            FeatureKeys.Emit(TextNormalizer.Words(document), options, concepts, sink);
            if (seen.Count == 0)
            {
                continue;
            }

            documents++;
            foreach (var key in seen)
            {
                frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
            }
        }

        var terms = frequencies.Where(p => p.Value >= options.MinDocumentFrequency).Select(p => p.Key).ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var df = Array.ConvertAll(terms, t => frequencies[t]);
        var vocabulary = new Vocabulary(documents, terms, df);
        return new TfidfModel(ComputeVersion(options, vocabulary, concepts), options, vocabulary, concepts);
    }

    public void Save(Stream stream) => TfidfFormat.Write(this, stream);

    public static TfidfModel Load(Stream stream) => TfidfFormat.Read(stream);

    /// <summary>Cosine similarity in [0, 1] of two texts' TF-IDF vectors.</summary>
    public double Similarity(string a, string b)
    {
        var featurizer = CreateFeaturizer();
        return featurizer.Featurize(a).Dot(featurizer.Featurize(b));
    }

    internal Featurizer CreateFeaturizer() => CreateFeaturizer(CreateTermIndex());

    internal Featurizer CreateFeaturizer(TermIndex index) => new(index, Options, Thesaurus is not null);

    internal TermIndex CreateTermIndex() => new(Vocabulary, Thesaurus);

    /// <summary>
    /// A hash of everything that decides similarities: parameters, fitted frequencies and, with concepts, the thesaurus.
    /// Without concepts nothing new enters the hash, so the models from before the thesaurus keep their versions.
    /// </summary>
    private static string ComputeVersion(TfidfOptions options, Vocabulary vocabulary, ConceptThesaurus? thesaurus)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(TfidfFormat.DescribeOptions(options)));
        if (thesaurus is not null)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(thesaurus.Describe()));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(vocabulary.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < vocabulary.Terms.Length; i++)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(vocabulary.Terms[i]));
            hash.AppendData(BitConverter.GetBytes(vocabulary.DocumentFrequencies[i]));
        }

        var family = thesaurus is null ? TfidfFormat.ModelFamily : TfidfFormat.ConceptModelFamily;
        return $"{family}-{Convert.ToHexStringLower(hash.GetHashAndReset())[..12]}";
    }
}
