using System.Globalization;

namespace Matchmaking.Engine.Text;

/// <summary>
/// Parameters of the text model. The default weights were chosen by a grid search on the development call written by
/// others (ml-models/evaluation/call2021) together with the project's own four sets, cross-validated: see the model card.
/// Parameters of the ML.NET text pipeline (<see cref="TextPipeline"/>): which feature groups it builds and how much each
/// group counts in a cosine. Each group is TF-IDF weighted and L2-normalized on its own; a group's weight is its share of
/// the similarity (the cosine of two texts is the weighted mean of their per-group cosines).
/// </summary>
public sealed record TextModelOptions
{
    public static TextModelOptions Default { get; } = new();

    /// <summary>Character n-grams, within words (word boundaries are marked), of this length.</summary>
    public int CharNgramLength { get; init; } = 4;
    public double WordWeight { get; init; } = 1.0;
    public double BigramWeight { get; init; }
    public double CharWeight { get; init; } = 0.5;
    /// <summary>Thesaurus concepts: where "patrimoine" meets "heritage". 0 leaves the concept layer out.</summary>
    public double ConceptWeight { get; init; } = 0.5;
    /// <summary>
    /// Hashed words (no fitted dictionary, plain term frequency): the only group that still sees words the corpus never had,
    /// which a fitted dictionary drops. 0 leaves it out.
    /// </summary>
    public double HashedWeight { get; init; }
    /// <summary>English stems, French words by their dictionary translations (needs a lexicon). 0 leaves it out.</summary>
    public double LexicalWeight { get; init; } = 0.5;
    /// <summary>WordNet's synonyms (and broader terms, with <see cref="Hypernyms"/>) of the words (needs a lexicon).</summary>
    public double RelatedWeight { get; init; }
    /// <summary>Sentence embeddings, where the host gives them. 0 leaves them out.</summary>
    public double DenseWeight { get; init; } = 1.0;
    /// <summary>Also count the words of WordNet's direct hypernyms as related ("steelpan" meets "drum").</summary>
    public bool Hypernyms { get; init; } = true;
    /// <summary>Weight of the applicant's profile next to its needs (which weigh 1).</summary>
    public double ProfileWeight { get; init; } = 0.35;
    /// <summary>Learn the group weights from the labelled pairs with an ML.NET trainer, instead of the weights above.</summary>
    public bool LearnWeights { get; init; }

    /// <summary>A stable description, hashed into the model's version.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"char={CharNgramLength};w={WordWeight};b={BigramWeight};c={CharWeight};k={ConceptWeight};h={HashedWeight};"
        + $"p={ProfileWeight};learn={LearnWeights};x={LexicalWeight};r={RelatedWeight};d={DenseWeight};hy={Hypernyms}");
}
