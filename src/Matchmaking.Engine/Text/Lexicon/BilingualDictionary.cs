
namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// French words and their English translations, from FreeDict's French–English dictionary and its English–French one read
/// backwards. Keys and translations are normalized (lower case, no diacritics); a French word is found as written or, failing
/// that, by its Snowball stem, so "tisserandes" finds "tisserand".
/// </summary>
internal sealed class BilingualDictionary
{
    /// <summary>Translations kept per French word: the first senses are the common ones, the tail is mostly noise.</summary>
    public const int MaxTranslations = 4;

    private readonly Dictionary<string, string[]> byWord;
    private readonly Dictionary<string, string[]> byStem;
    private readonly BoundedCache<string, string[]> byInflection = new(100_000, StringComparer.Ordinal);

    private BilingualDictionary(Dictionary<string, List<string>> words)
    {
        byWord = words.ToDictionary(w => w.Key, w => w.Value.Take(MaxTranslations).ToArray(), StringComparer.Ordinal);
        byStem = words
            .GroupBy(w => Stemmers.French(w.Key), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
                    .SelectMany(w => w.Value).Distinct(StringComparer.Ordinal).Take(MaxTranslations).ToArray(),
                StringComparer.Ordinal);
    }

    public int Count => byWord.Count;

    /// <summary>Reads the two dictd databases (index and dictzip data of each).</summary>
    public static BilingualDictionary Read(Stream frenchEnglishIndex, Stream frenchEnglishData, Stream englishFrenchIndex,
        Stream englishFrenchData)
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (headword, lines) in DictdFile.Entries(frenchEnglishIndex, frenchEnglishData))
        {
            if (SingleWord(headword) is { } french)
            {
                foreach (var english in Senses(lines).SelectMany(ContentWords))
                {
                    Add(words, french, english);
                }
            }
        }

        foreach (var (headword, lines) in DictdFile.Entries(englishFrenchIndex, englishFrenchData))
        {
            if (SingleWord(headword) is { } english)
            {
                foreach (var french in Senses(lines).Select(SingleWord).OfType<string>())
                {
                    Add(words, french, english);
                }
            }
        }

        return new BilingualDictionary(words);
    }

    /// <summary>The English translations of a normalized French word, the first sense first; empty when it has none.</summary>
    public IReadOnlyList<string> Translate(string frenchWord)
    {
        if (byWord.TryGetValue(frenchWord, out var exact))
        {
            return exact;
        }

        // An inflected form is stemmed once (Snowball allocates a string per call), then found by its stem.
        return byInflection.GetOrAdd(frenchWord, word => byStem.TryGetValue(Stemmers.French(word), out var stemmed) ? stemmed : []);
    }

    private static void Add(Dictionary<string, List<string>> words, string french, string english)
    {
        if (!words.TryGetValue(french, out var list))
        {
            words[french] = list = [];
        }

        if (!list.Contains(english, StringComparer.Ordinal))
        {
            list.Add(english);
        }
    }

    /// <summary>The translations of an entry's lines: "1. amener, apporter" gives "amener" and "apporter".</summary>
    private static IEnumerable<string> Senses(string[] lines) => lines
        .Select(l => l.Trim())
        .Select(l => l.Length > 2 && char.IsDigit(l[0]) && l.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4 ? l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..] : l)
        .SelectMany(l => l.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A headword or translation that is one word once normalized ("watering-can" is two); else null.</summary>
    private static string? SingleWord(string text)
    {
        var head = text.Split(" /", 2)[0];
        var words = TextNormalizer.Words(head);
        return words.Count == 1 && !LanguageGuess.IsFunctionWord(words[0]) ? words[0] : null;
    }

    private static IEnumerable<string> ContentWords(string translation) =>
        TextNormalizer.Words(translation).Where(w => !LanguageGuess.IsFunctionWord(w));
}
