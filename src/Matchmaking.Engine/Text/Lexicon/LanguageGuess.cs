using System.Collections.Frozen;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;

namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// Whether a text is French or English, from its function words (Lucene's stop lists, without the words the two languages
/// share): enough for the short paragraphs of a call, whose applicants write in one of the call's two languages.
/// </summary>
internal static class LanguageGuess
{
    private static readonly FrozenSet<string> FrenchWords = Words(FrenchAnalyzer.DefaultStopSet);
    private static readonly FrozenSet<string> EnglishWords = Words(EnglishAnalyzer.DefaultStopSet);
    private static readonly FrozenSet<string> FrenchOnly = FrenchWords.Except(EnglishWords).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> EnglishOnly = EnglishWords.Except(FrenchWords).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when more of the words are French function words than English ones.</summary>
    public static bool IsFrench(IReadOnlyList<string> normalizedWords)
    {
        var french = 0;
        var english = 0;
        foreach (var word in normalizedWords)
        {
            french += FrenchOnly.Contains(word) ? 1 : 0;
            english += EnglishOnly.Contains(word) ? 1 : 0;
        }

        return french > english;
    }

    /// <summary>A function word of either language (normalized: no diacritics).</summary>
    public static bool IsFunctionWord(string normalizedWord) =>
        FrenchWords.Contains(normalizedWord) || EnglishWords.Contains(normalizedWord);

    private static FrozenSet<string> Words(Lucene.Net.Analysis.Util.CharArraySet set) =>
        set.Select(w => TextNormalizer.Normalize(w).Trim()).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
