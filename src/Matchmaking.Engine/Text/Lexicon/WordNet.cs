using System.Globalization;
using System.Text;

namespace Matchmaking.Engine.Text.Lexicon;

/// <summary>
/// English WordNet 3.0 as Debian's wordnet-base ships it (index.*, data.*, *.exc): for a word, the other words of its most
/// common senses (synonyms) and of their direct hypernyms ("steelpan" and "drum" meet under "percussion instrument").
/// Inflected forms are reduced to their base form as WordNet's own morphy does: exception lists, then suffix rules.
/// </summary>
internal sealed class WordNet
{
    /// <summary>Senses read per word and part of speech: the first senses are the frequent ones (WordNet orders them).</summary>
    public const int SensesPerWord = 2;

    private static readonly string[] Parts = ["noun", "verb", "adj", "adv"];

    /// <summary>The files <see cref="Read"/> opens, in a fixed order (the lexicon hashes them in it).</summary>
    public static IReadOnlyList<string> FileNames { get; } = [.. Parts.SelectMany(p => new[] { $"index.{p}", $"{p}.exc", $"data.{p}" })];

    // Morphy's detachment rules, per part of speech: ending → replacement.
    private static readonly (string Ending, string Replacement)[][] Rules =
    [
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        [],
    ];

    private readonly Dictionary<string, int[]>[] senses;
    private readonly Dictionary<string, string>[] exceptions;
    private readonly Dictionary<long, Synset> synsets;
    private readonly Dictionary<string, int> glossFrequency;

    private WordNet(Dictionary<string, int[]>[] senses, Dictionary<string, string>[] exceptions, Dictionary<long, Synset> synsets,
        Dictionary<string, int> glossFrequency)
    {
        this.senses = senses;
        this.exceptions = exceptions;
        this.synsets = synsets;
        this.glossFrequency = glossFrequency;
    }

    public int SynsetCount => synsets.Count;

    /// <summary>
    /// How rare an English stem is, from the 117,000 glosses of WordNet read as a background corpus: a smoothed inverse
    /// document frequency, ln((N + 1) / (df + 1)) + 1. It does not depend on the call, so a text's vector never changes.
    /// </summary>
    public float Idf(string stem) => (float)(Math.Log((synsets.Count + 1.0) / (glossFrequency.GetValueOrDefault(stem) + 1.0)) + 1.0);

    /// <summary>Reads the files by name ("index.noun", "data.noun", "noun.exc"...) through the given opener.</summary>
    public static WordNet Read(Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var senses = new Dictionary<string, int[]>[Parts.Length];
        var exceptions = new Dictionary<string, string>[Parts.Length];
        var data = new List<(int Part, string Line)>();
        for (var p = 0; p < Parts.Length; p++)
        {
            senses[p] = ReadIndex(open($"index.{Parts[p]}"));
            exceptions[p] = ReadExceptions(open($"{Parts[p]}.exc"));
            data.AddRange(Lines(open($"data.{Parts[p]}")).Select(line => (p, line)));
        }

        // 117,000 synsets and their glosses. (Parsed in parallel ranges it was slower on two cores: each range stems again.)
        var synsets = new Dictionary<long, Synset>(data.Count);
        var glossFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (part, line) in data)
        {
            var (key, synset) = ParseSynset(line, part, stems, glossFrequency);
            synsets[key] = synset;
        }

        return new WordNet(senses, exceptions, synsets, glossFrequency);
    }

    /// <summary>
    /// The words related to a normalized English word, each once, without the word itself: synonyms of its first senses, then
    /// (when <paramref name="hypernyms"/>) the words of those senses' direct hypernyms. Multi-word lemmas give their words.
    /// </summary>
    public (List<string> Synonyms, List<string> Broader) Related(string word, bool hypernyms)
    {
        var synonyms = new List<string>();
        var broader = new List<string>();
        for (var p = 0; p < Parts.Length; p++)
        {
            foreach (var offset in BaseForms(word, p).SelectMany(b => senses[p].GetValueOrDefault(b) ?? []).Take(SensesPerWord))
            {
                if (!synsets.TryGetValue(Key(p, offset), out var synset))
                {
                    continue;
                }

                synonyms.AddRange(synset.Words);
                if (hypernyms)
                {
                    foreach (var (part, target) in synset.Hypernyms)
                    {
                        broader.AddRange(synsets.GetValueOrDefault(Key(part, target))?.Words ?? []);
                    }
                }
            }
        }

        return (Clean(synonyms, word), Clean(broader, word));
    }

    private static List<string> Clean(List<string> words, string word) =>
        [.. words.Where(w => w != word && !LanguageGuess.IsFunctionWord(w)).Distinct(StringComparer.Ordinal)];

    private IEnumerable<string> BaseForms(string word, int part)
    {
        if (senses[part].ContainsKey(word))
        {
            yield return word;
            yield break;
        }

        if (exceptions[part].TryGetValue(word, out var irregular))
        {
            yield return irregular;
            yield break;
        }

        foreach (var (ending, replacement) in Rules[part])
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var form = word[..^ending.Length] + replacement;
                if (senses[part].ContainsKey(form))
                {
                    yield return form;
                    yield break;
                }
            }
        }
    }

    private static long Key(int part, int offset) => ((long)part << 32) | (uint)offset;

    private static Dictionary<string, int[]> ReadIndex(Stream stream)
    {
        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var line in Lines(stream))
        {
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var synsetCount = int.Parse(f[2], CultureInfo.InvariantCulture);
            index[f[0]] = [.. f[^synsetCount..].Select(o => int.Parse(o, CultureInfo.InvariantCulture))];
        }

        return index;
    }

    private static Dictionary<string, string> ReadExceptions(Stream stream)
    {
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines(stream))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 2)
            {
                exceptions.TryAdd(f[0], f[1]);
            }
        }

        return exceptions;
    }

    /// <summary>One line of a data file: the synset (its words, its hypernyms), and its gloss counted into <paramref name="counts"/>.</summary>
    private static (long Key, Synset Synset) ParseSynset(string line, int part, Dictionary<string, string> stems, Dictionary<string, int> counts)
    {
        // offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)... | gloss
        var halves = line.Split(" | ", 2);
        var f = halves[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var offset = int.Parse(f[0], CultureInfo.InvariantCulture);
        var count = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = new List<string>();
        for (var w = 0; w < count; w++)
        {
            var lemma = f[4 + (2 * w)];
            var paren = lemma.IndexOf('(', StringComparison.Ordinal);
            words.AddRange(TextNormalizer.Words(paren > 0 ? lemma[..paren] : lemma));
        }

        var at = 4 + (2 * count);
        var pointers = int.Parse(f[at], CultureInfo.InvariantCulture);
        var hypernyms = new List<(int, int)>();
        for (var i = 0; i < pointers; i++)
        {
            var symbol = f[at + 1 + (4 * i)];
            if (symbol is "@" or "@i")
            {
                var target = int.Parse(f[at + 2 + (4 * i)], CultureInfo.InvariantCulture);
                hypernyms.Add((PartOf(f[at + 3 + (4 * i)]), target));
            }
        }

        var glossWords = halves.Length > 1 ? TextNormalizer.Words(halves[1]) : [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Concat(glossWords))
        {
            var stem = Stem(word, stems);
            if (seen.Add(stem))
            {
                counts[stem] = counts.GetValueOrDefault(stem) + 1;
            }
        }

        return (Key(part, offset), new Synset([.. words.Distinct(StringComparer.Ordinal)], [.. hypernyms]));
    }

    private static string Stem(string word, Dictionary<string, string> stems)
    {
        if (!stems.TryGetValue(word, out var stem))
        {
            stems[word] = stem = Stemmers.English(word);
        }

        return stem;
    }

    private static int PartOf(string pos) => pos switch
    {
        "n" => 0,
        "v" => 1,
        "a" or "s" => 2,
        _ => 3,
    };

    private static IEnumerable<string> Lines(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            // The licence header lines start with two spaces.
            if (line.Length > 0 && line[0] != ' ')
            {
                yield return line;
            }
        }
    }

    private sealed record Synset(string[] Words, (int Part, int Offset)[] Hypernyms);
}
