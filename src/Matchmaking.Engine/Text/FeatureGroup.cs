namespace Matchmaking.Engine.Text;

/// <summary>The feature groups of the pipeline, in the order their columns are laid out in a vector's id space.</summary>
internal enum FeatureGroup
{
    Word,
    Bigram,
    Char,
    /// <summary>A thesaurus concept: where "patrimoine" meets "heritage".</summary>
    Concept,
    Hashed,
}
