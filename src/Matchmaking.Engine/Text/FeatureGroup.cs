namespace Matchmaking.Engine.Text;

/// <summary>
/// The feature groups of a text's vector, in the order they are laid out in its id space: the ML.NET pipeline's columns first
/// (<see cref="TextPipeline.Outputs"/>), then the groups computed beside it.
/// </summary>
internal enum FeatureGroup
{
    Word,
    Bigram,
    Char,
    /// <summary>A thesaurus concept: where "patrimoine" meets "heritage".</summary>
    Concept,
    Hashed,
    /// <summary>English stems, French words by their FreeDict translations (computed outside ML.NET, from the lexicon).</summary>
    Lexical,
    /// <summary>The stems of WordNet's synonyms and broader terms of the words.</summary>
    Related,
    /// <summary>The sentence embedding (all-MiniLM-L6-v2) the host computed for the text.</summary>
    Dense,
}
