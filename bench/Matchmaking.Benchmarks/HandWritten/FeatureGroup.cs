using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>The kinds of features; the key prefix ("w:", "b:", "c:", "k:") keeps their ids apart in one vocabulary.</summary>
internal enum FeatureGroup : byte
{
    Word,
    Bigram,
    Char,
    /// <summary>A thesaurus concept ("k:heritage"): where "patrimoine" meets "heritage".</summary>
    Concept,
}

internal static class FeatureGroups
{
    public const int Count = 4;

    public static FeatureGroup Of(ReadOnlySpan<char> key) => key[0] switch
    {
        'w' => FeatureGroup.Word,
        'b' => FeatureGroup.Bigram,
        'k' => FeatureGroup.Concept,
        _ => FeatureGroup.Char,
    };
}
