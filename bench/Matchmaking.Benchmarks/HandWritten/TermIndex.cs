using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// Term ids for one run: the model's vocabulary, extended with the terms it never saw so that two texts sharing
/// a rare new word still match on it. Not thread-safe; a run owns one.
/// </summary>
internal sealed class TermIndex
{
    private readonly Vocabulary vocabulary;
    private readonly ConceptThesaurus? thesaurus;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> known;
    private readonly Dictionary<string, int> unseen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> unseenLookup;
    private readonly List<string> unseenTerms = [];
    private readonly Dictionary<string, WordEntry> words = new(StringComparer.Ordinal);
    private readonly List<int> scratch = [];
    private readonly int[] conceptIds;

    public TermIndex(Vocabulary vocabulary, ConceptThesaurus? thesaurus = null)
    {
        this.vocabulary = vocabulary;
        this.thesaurus = thesaurus;
        known = vocabulary.Ids.GetAlternateLookup<ReadOnlySpan<char>>();
        unseenLookup = unseen.GetAlternateLookup<ReadOnlySpan<char>>();
        conceptIds = thesaurus is null ? [] : [.. thesaurus.Concepts.Select(_ => -1)];
    }

    public int Count => vocabulary.Terms.Length + unseenTerms.Count;

    public int GetOrAdd(ReadOnlySpan<char> key)
    {
        if (known.TryGetValue(key, out var id) || unseenLookup.TryGetValue(key, out id))
        {
            return id;
        }

        var term = key.ToString();
        id = vocabulary.Terms.Length + unseenTerms.Count;
        unseen.Add(term, id);
        unseenTerms.Add(term);
        return id;
    }

    /// <summary>
    /// What one word brings, computed once per run: whether it is a stop word, the ids of its own features (its unigram and
    /// character n-grams, repeats kept) and, with a thesaurus, the concepts it is or can start.
    /// </summary>
    public WordEntry Word(string word, TfidfOptions options)
    {
        if (!words.TryGetValue(word, out var entry))
        {
            var isStop = StopWords.Contains(word);
            int[] features = [];
            if (!isStop)
            {
                scratch.Clear();
                FeatureKeys.EmitWord(word, options, key => scratch.Add(GetOrAdd(key)));
                features = [.. scratch];
            }

            words[word] = entry = new WordEntry(isStop, features, thesaurus?.Lookup(word));
        }

        return entry;
    }

    /// <summary>The term id of a thesaurus concept ("k:heritage").</summary>
    public int Concept(int concept)
    {
        var id = conceptIds[concept];
        if (id < 0)
        {
            conceptIds[concept] = id = GetOrAdd(thesaurus!.Key(concept));
        }

        return id;
    }

    public float Idf(int id) => id < vocabulary.Terms.Length ? vocabulary.Idf[id] : vocabulary.UnseenIdf;

    public FeatureGroup Group(int id) => id < vocabulary.Terms.Length ? vocabulary.Groups[id] : FeatureGroups.Of(Term(id));

    public string Term(int id) => id < vocabulary.Terms.Length ? vocabulary.Terms[id] : unseenTerms[id - vocabulary.Terms.Length];
}

/// <summary>A word's cached part of a text's features; <see cref="Concept"/> is null when the model has no thesaurus.</summary>
internal sealed record WordEntry(bool IsStop, int[] Features, ConceptWord? Concept);
