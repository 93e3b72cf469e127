using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// Real lexical resources for meaning across words and languages: FreeDict's French–English dictionaries (French words in
/// English), the Snowball stemmers (inflected forms meet), English WordNet (synonyms and broader terms). Read from streams
/// by the host (Debian's packages at run time: see <c>LexiconFiles</c> in the core); the engine only computes with it.
/// Immutable after reading; thread-safe.
/// </summary>
public sealed class Lexicon
{
    /// <summary>Texts kept analysed (a round re-reads the same offers and profiles); cleared when full.</summary>
    private const int CacheLimit = 50_000;

    private readonly BilingualDictionary dictionary;
    private readonly WordNet wordNet;
    private readonly BoundedCache<string, LexicalBag> cache = new(CacheLimit, StringComparer.Ordinal);
    private readonly BoundedCache<string, string> rendered = new(CacheLimit, StringComparer.Ordinal);
    private readonly BoundedCache<string, string> stems = new(CacheLimit, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> stemsById = new();
    private int lastTermId = -1;

    private Lexicon(BilingualDictionary dictionary, WordNet wordNet, string identity)
    {
        this.dictionary = dictionary;
        this.wordNet = wordNet;
        Identity = identity;
    }

    /// <summary>A hash of the resources' bytes: models record it, so a changed dictionary is seen.</summary>
    public string Identity { get; }

    public int FrenchWords => dictionary.Count;

    public int Synsets => wordNet.SynsetCount;

    /// <summary>Reads FreeDict's two dictd databases and WordNet's files (by name, through <paramref name="openWordNet"/>).</summary>
    public static Lexicon Read(LexiconSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var streams = new[] { sources.FrenchEnglishIndex, sources.FrenchEnglishData, sources.EnglishFrenchIndex, sources.EnglishFrenchData }
            .Select(s => Hashed(s, hash)).ToArray();
        var wordNetFiles = WordNet.FileNames.ToDictionary(name => name, name => Hashed(sources.OpenWordNet(name), hash), StringComparer.Ordinal);
        // The two resources are independent: parsed side by side, WordNet (about 2 s) dominates.
        BilingualDictionary dictionary = null!;
        WordNet wordNet = null!;
        Parallel.Invoke(
            () => dictionary = BilingualDictionary.Read(streams[0], streams[1], streams[2], streams[3]),
            () => wordNet = WordNet.Read(name => wordNetFiles[name]));
        return new Lexicon(dictionary, wordNet, Convert.ToHexStringLower(hash.GetHashAndReset())[..12]);
    }

    /// <summary>
    /// The text in English words, for an encoder that reads English: a French text's content words by their first
    /// translation (words the dictionary lacks stay as written); an English text as it is.
    /// </summary>
    public string RenderEnglish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return rendered.GetOrAdd(text, Render);
    }

    private string Render(string text)
    {
        var words = TextNormalizer.Words(text);
        if (!LanguageGuess.IsFrench(words))
        {
            return text;
        }

        return string.Join(' ', words
            .Where(w => !LanguageGuess.IsFunctionWord(w))
            .Select(w => dictionary.Translate(w) is [var first, ..] ? first : w));
    }

    /// <summary>The text's English stems, and the stems of the related words WordNet gives; each source word weighs 1.</summary>
    internal LexicalBag Analyse(string text, bool hypernyms, bool related = true)
    {
        var key = (related ? hypernyms ? "h\n" : "s\n" : "-\n") + text;
        return cache.GetOrAdd(key, _ => Compute(text, hypernyms, related));
    }

    /// <summary>Empties the cache of analysed texts (benchmarks measure rounds whose texts are all new with it).</summary>
    internal void ForgetAnalysed()
    {
        cache.Clear();
        rendered.Clear();
    }

    /// <summary>A stem's id in vectors: fixed for the life of the process, which is as long as any vector is kept.</summary>
    internal int TermId(string stem)
    {
        if (termIds.TryGetValue(stem, out var id))
        {
            return id;
        }

        id = termIds.GetOrAdd(stem, _ => Interlocked.Increment(ref lastTermId));
        stemsById.TryAdd(id, stem);
        return id;
    }

    /// <summary>The stem behind a lexical term id, for explanations.</summary>
    internal string? StemOf(int termId) => stemsById.GetValueOrDefault(termId);

    /// <summary>
    /// The word of a text that gave a stem, as a reader wrote it (lower case, accents kept): an English word with that stem,
    /// or in a French text a word whose translation has it. Null when none does.
    /// </summary>
    internal string? WordFor(string text, string stem)
    {
        var french = LanguageGuess.IsFrench(TextNormalizer.Words(text));
        foreach (var token in text.Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'', '’', '-', '/', '\n'],
            StringSplitOptions.RemoveEmptyEntries))
        {
            var word = TextNormalizer.Normalize(token).Trim();
            if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var english = french && dictionary.Translate(word) is { Count: > 0 } translations ? translations : [word];
            if (english.Any(e => EnglishStem(e) == stem))
            {
                return token.ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>A stem's inverse document frequency in WordNet's glosses.</summary>
    internal float Idf(string stem) => wordNet.Idf(stem);

    /// <summary>Words recur across texts: each is stemmed once (Snowball allocates a string per call).</summary>
    private string EnglishStem(string word) => stems.GetOrAdd(word, Stemmers.English);

    private LexicalBag Compute(string text, bool hypernyms, bool withRelated)
    {
        var words = TextNormalizer.Words(text);
        var french = LanguageGuess.IsFrench(words);
        var direct = new Dictionary<string, float>(StringComparer.Ordinal);
        var related = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (LanguageGuess.IsFunctionWord(word) || StopWords.Contains(word))
            {
                continue;
            }

            IReadOnlyList<string> english = french && dictionary.Translate(word) is { Count: > 0 } translations ? translations : [word];
            var share = 1f / english.Count;
            foreach (var e in english)
            {
                Add(direct, EnglishStem(e), share);
                if (!withRelated)
                {
                    continue;
                }

                var (synonyms, broader) = wordNet.Related(e, hypernyms);
                var near = synonyms.Concat(broader).Select(EnglishStem).Where(s => s != EnglishStem(e)).Distinct(StringComparer.Ordinal).ToList();
                foreach (var stem in near)
                {
                    Add(related, stem, share / near.Count);
                }
            }
        }

        return new LexicalBag(direct, related);
    }

    private static void Add(Dictionary<string, float> bag, string term, float weight) =>
        bag[term] = bag.GetValueOrDefault(term) + weight;

    private static MemoryStream Hashed(Stream stream, IncrementalHash hash)
    {
        var buffer = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(buffer);
        }

        hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
        buffer.Position = 0;
        return buffer;
    }
}
