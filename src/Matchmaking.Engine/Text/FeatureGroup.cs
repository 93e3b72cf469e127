namespace Matchmaking.Engine.Text;

/// <summary>The three kinds of features; the key prefix ("w:", "b:", "c:") keeps their ids apart in one vocabulary.</summary>
internal enum FeatureGroup : byte
{
    Word,
    Bigram,
    Char,
}

internal static class FeatureGroups
{
    public static FeatureGroup Of(ReadOnlySpan<char> key) => key[0] switch
    {
        'w' => FeatureGroup.Word,
        'b' => FeatureGroup.Bigram,
        _ => FeatureGroup.Char,
    };
}
