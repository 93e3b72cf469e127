namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>A text's English stems (French words by their translations) and its WordNet-related stems, with term weights.</summary>
internal sealed record LexicalBag(IReadOnlyDictionary<string, float> Direct, IReadOnlyDictionary<string, float> Related);
