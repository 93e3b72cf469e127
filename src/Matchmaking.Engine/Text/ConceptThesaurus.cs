using System.Globalization;

namespace Matchmaking.Engine.Text;

/// <summary>One concept of the thesaurus: its id (the feature is "k:id") and its English and French surface forms.</summary>
internal sealed record Concept(string Id, IReadOnlyList<string> English, IReadOnlyList<string> French);

/// <summary>
/// An English/French domain thesaurus: "patrimoine" and "heritage", "movie" and "film", "savoir-faire" and "know-how" meet
/// on one feature. Forms are matched on normalized words, stop words included (they sit inside phrases such as
/// "vente en ligne"): a plain form matches after a light plural stem ("festivals", "bureaux"); "word*" matches the words
/// that start with "word"; several words match consecutive words. Immutable and thread-safe.
/// </summary>
internal sealed class ConceptThesaurus
{
    private const int MinPrefix = 4;
    private readonly Dictionary<string, int[]> exact;
    private readonly Dictionary<string, int[]> prefixes;
    private readonly Dictionary<string, Phrase[]> phrasesByStem;
    private readonly Dictionary<string, Phrase[]> phrasesByPrefix;
    private readonly string[] keys;

    public ConceptThesaurus(IReadOnlyList<Concept> concepts)
    {
        Concepts = concepts;
        keys = [.. concepts.Select(c => "k:" + c.Id)];
        var exactLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var prefixLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phraseByStem = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var phraseByPrefix = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        for (var c = 0; c < concepts.Count; c++)
        {
            foreach (var form in concepts[c].English.Concat(concepts[c].French))
            {
                var words = Pattern.Parse(form);
                if (words.Length == 0)
                {
                    continue;
                }

                var first = words[0];
                if (words.Length == 1)
                {
                    Add(first.IsPrefix ? prefixLists : exactLists, first.Text, c);
                }
                else
                {
                    var phrase = new Phrase(words[1..], c);
                    Add(first.IsPrefix ? phraseByPrefix : phraseByStem, first.Text, phrase);
                }
            }
        }

        exact = exactLists.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
        prefixes = prefixLists.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
        phrasesByStem = phraseByStem.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        phrasesByPrefix = phraseByPrefix.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        MaxPrefix = prefixLists.Keys.Concat(phraseByPrefix.Keys).Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>The thesaurus shipped with the engine (<see cref="Text.Concepts.Source"/>).</summary>
    public static ConceptThesaurus BuiltIn { get; } = Parse(Text.Concepts.Source);

    public IReadOnlyList<Concept> Concepts { get; }

    private int MaxPrefix { get; }

    /// <summary>The feature key of a concept: "k:heritage".</summary>
    public string Key(int concept) => keys[concept];

    /// <summary>What a normalized word can start or be: computed once per word and run (see <see cref="TermIndex"/>).</summary>
    public ConceptWord Lookup(string word)
    {
        var stem = Stem(word);
        var isStop = StopWords.Contains(word);
        var singles = new List<int>();
        List<Phrase>? phrases = null;
        if (!isStop && exact.TryGetValue(stem, out var ids))
        {
            singles.AddRange(ids);
        }

        if (phrasesByStem.TryGetValue(stem, out var starting))
        {
            (phrases ??= []).AddRange(starting);
        }

        var prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        var phrasePrefixLookup = phrasesByPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = MinPrefix; length <= Math.Min(word.Length, MaxPrefix); length++)
        {
            var prefix = word.AsSpan(0, length);
            if (!isStop && prefixLookup.TryGetValue(prefix, out ids))
            {
                singles.AddRange(ids);
            }

            if (phrasePrefixLookup.TryGetValue(prefix, out starting))
            {
                (phrases ??= []).AddRange(starting);
            }
        }

        return new ConceptWord(word, stem, [.. singles.Distinct()], phrases is null ? [] : [.. phrases]);
    }

    /// <summary>Reports every concept the words hold, once per word or phrase occurrence, in text order.</summary>
    public static void Match(IReadOnlyList<ConceptWord> words, Action<int> concept)
    {
        for (var t = 0; t < words.Count; t++)
        {
            var word = words[t];
            foreach (var id in word.Concepts)
            {
                concept(id);
            }

            foreach (var phrase in word.Phrases)
            {
                if (phrase.Matches(words, t + 1))
                {
                    concept(phrase.Concept);
                }
            }
        }
    }

    /// <summary>
    /// A light stem shared by English and French plurals, applied alike to the thesaurus and the text: festivals -> festival,
    /// bureaux -> bureau, jeux -> jeu, journaux -> journal. Words ending in "ss", "us" or "is" keep their s (glass, campus, tapis).
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("eaux", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.Length > 4 && word.EndsWith("aux", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, word.Length - 3), "al");
        }

        if (word.Length > 3 && word.EndsWith("eux", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') ? word[..^1] : word;
    }

    /// <summary>
    /// Reads the source format: a concept id alone on a line, then "en form, form" and "fr form, form" lines indented under
    /// it (repeatable); '#' starts a comment line.
    /// </summary>
    public static ConceptThesaurus Parse(string source)
    {
        var concepts = new List<(string Id, List<string> En, List<string> Fr)>();
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                concepts.Add((trimmed, [], []));
                continue;
            }

            if (concepts.Count == 0 || trimmed.Length < 3 || trimmed[2] != ' ')
            {
                throw new InvalidDataException($"Malformed thesaurus line '{trimmed}'.");
            }

            var forms = concepts[^1];
            var list = trimmed[..2] switch
            {
                "en" => forms.En,
                "fr" => forms.Fr,
                _ => throw new InvalidDataException($"Thesaurus lines start with 'en' or 'fr': '{trimmed}'."),
            };
            list.AddRange(SplitForms(trimmed[3..]));
        }

        return new ConceptThesaurus([.. concepts.Select(c => new Concept(c.Id, c.En, c.Fr))]);
    }

    /// <summary>One line per concept, "id TAB english forms TAB french forms": how the artifact stores it.</summary>
    public void Write(TextWriter writer)
    {
        foreach (var concept in Concepts)
        {
            writer.Write(concept.Id);
            writer.Write('\t');
            writer.Write(string.Join(", ", concept.English));
            writer.Write('\t');
            writer.WriteLine(string.Join(", ", concept.French));
        }
    }

    public static Concept ReadLine(string line)
    {
        var parts = line.Split('\t');
        return parts.Length == 3
            ? new Concept(parts[0], SplitForms(parts[1]), SplitForms(parts[2]))
            : throw new InvalidDataException($"Malformed concept line '{line}'.");
    }

    /// <summary>The concepts as the artifact stores them: what the model version hashes.</summary>
    public string Describe()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer);
        return writer.ToString();
    }

    private static List<string> SplitForms(string forms) =>
        [.. forms.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    /// <summary>One word of a form: a stem to equal, or a prefix ("patrimoni*") to start the word.</summary>
    internal readonly record struct Pattern(string Text, bool IsPrefix)
    {
        public bool Matches(ConceptWord word) =>
            IsPrefix ? word.Word.StartsWith(Text, StringComparison.Ordinal) : string.Equals(word.Stem, Text, StringComparison.Ordinal);

        /// <summary>Normalizes a form as the text is (one-letter elisions and bare numbers dropped) and stems its plain words.</summary>
        public static Pattern[] Parse(string form)
        {
            var words = new List<Pattern>();
            foreach (var part in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // "co-produc*" is the word "co" then the prefix "produc": only the last piece of a starred part is a prefix.
                var isPrefix = part.EndsWith('*');
                var pieces = TextNormalizer.Words(isPrefix ? part[..^1] : part);
                for (var k = 0; k < pieces.Count; k++)
                {
                    var last = isPrefix && k == pieces.Count - 1;
                    words.Add(new Pattern(last ? pieces[k] : Stem(pieces[k]), last));
                }
            }

            // A lone or leading prefix must be long enough not to catch unrelated words; inside a phrase the words before it
            // already narrow it down ("folk art*", "game jam*").
            if (words.Count > 0 && words[0].IsPrefix && words[0].Text.Length < MinPrefix)
            {
                throw new InvalidDataException($"The prefix form '{form}' is too short.");
            }

            return [.. words];
        }
    }

    /// <summary>The words of a phrase after its first, and the concept it stands for.</summary>
    internal sealed record Phrase(Pattern[] Rest, int Concept)
    {
        public bool Matches(IReadOnlyList<ConceptWord> words, int start)
        {
            if (start + Rest.Length > words.Count)
            {
                return false;
            }

            for (var k = 0; k < Rest.Length; k++)
            {
                if (!Rest[k].Matches(words[start + k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>A word as the thesaurus sees it: its stem, the concepts it is on its own, and the phrases it can start.</summary>
internal sealed record ConceptWord(string Word, string Stem, int[] Concepts, ConceptThesaurus.Phrase[] Phrases);
