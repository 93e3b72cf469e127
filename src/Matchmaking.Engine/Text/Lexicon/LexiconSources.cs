namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>The files a <see cref="Lexicon"/> is read from, opened by the host (the engine does no I/O).</summary>
public sealed record LexiconSources
{
    /// <summary>freedict-fra-eng.index</summary>
    public required Stream FrenchEnglishIndex { get; init; }
    /// <summary>freedict-fra-eng.dict.dz</summary>
    public required Stream FrenchEnglishData { get; init; }
    /// <summary>freedict-eng-fra.index</summary>
    public required Stream EnglishFrenchIndex { get; init; }
    /// <summary>freedict-eng-fra.dict.dz</summary>
    public required Stream EnglishFrenchData { get; init; }
    /// <summary>Opens one of WordNet's files by name: index.noun, data.noun, noun.exc... (verb, adj, adv alike).</summary>
    public required Func<string, Stream> OpenWordNet { get; init; }
}
