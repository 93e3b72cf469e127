namespace Matchmaking.Engine.Text;

/// <summary>
/// Term ids for one run: the model's vocabulary, extended with the terms it never saw so that two texts sharing
/// a rare new word still match on it. Not thread-safe; a run owns one.
/// </summary>
internal sealed class TermIndex
{
    private readonly Vocabulary vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> known;
    private readonly Dictionary<string, int> unseen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> unseenLookup;
    private readonly List<string> unseenTerms = [];
    private readonly Dictionary<string, int[]> wordFeatures = new(StringComparer.Ordinal);
    private readonly List<int> scratch = [];

    public TermIndex(Vocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        known = vocabulary.Ids.GetAlternateLookup<ReadOnlySpan<char>>();
        unseenLookup = unseen.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>The ids of a word's own features (its unigram and character n-grams, repeats kept), computed once per run.</summary>
    public int[] WordFeatures(string word, TextModelOptions options)
    {
        if (!wordFeatures.TryGetValue(word, out var ids))
        {
            scratch.Clear();
            FeatureKeys.EmitWord(word, options, key => scratch.Add(GetOrAdd(key)));
            wordFeatures[word] = ids = [.. scratch];
        }

        return ids;
    }

    public float Idf(int id) => id < vocabulary.Terms.Length ? vocabulary.Idf[id] : vocabulary.UnseenIdf;

    public FeatureGroup Group(int id) => id < vocabulary.Terms.Length ? vocabulary.Groups[id] : FeatureGroups.Of(Term(id));

    public string Term(int id) => id < vocabulary.Terms.Length ? vocabulary.Terms[id] : unseenTerms[id - vocabulary.Terms.Length];
}
