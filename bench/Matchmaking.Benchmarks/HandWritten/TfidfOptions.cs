using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// Parameters of the featurizer, in the spirit of ML.NET's <c>FeaturizeText</c>: word unigrams and bigrams plus character
/// n-grams within words, and concepts of an English/French thesaurus, TF-IDF weighted; each feature group is L2-normalized and
/// weighted before the whole vector is.
/// </summary>
public sealed record TfidfOptions
{
    public static TfidfOptions Default { get; } = new();

    public int CharNgramMin { get; init; } = 3;
    public int CharNgramMax { get; init; } = 5;
    public bool WordBigrams { get; init; } = true;
    public double WordWeight { get; init; } = 1.0;
    public double BigramWeight { get; init; } = 0.5;
    public double CharWeight { get; init; } = 1.0;
    /// <summary>
    /// Weight of the thesaurus concepts (<see cref="ConceptThesaurus"/>); 0 leaves the thesaurus out, as models before it did.
    /// Chosen on the labelled set only: the smallest weight with its best MRR (see ml-models/MODEL_CARD.md).
    /// </summary>
    public double ConceptWeight { get; init; } = 0.5;
    /// <summary>Weight of the applicant's profile next to its needs (which weigh 1).</summary>
    public double ProfileWeight { get; init; } = 0.35;
    /// <summary>Terms seen in fewer corpus documents are not stored; at run time they count as unseen (highest IDF).</summary>
    public int MinDocumentFrequency { get; init; } = 2;
    /// <summary>Damps repeated terms: a term's weight grows with 1 + ln(tf), not tf.</summary>
    public bool SublinearTf { get; init; } = true;
}
