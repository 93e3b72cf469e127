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

    public float Idf(int id) => id < vocabulary.Terms.Length ? vocabulary.Idf[id] : vocabulary.UnseenIdf;

    public FeatureGroup Group(int id) => id < vocabulary.Terms.Length ? vocabulary.Groups[id] : FeatureGroups.Of(Term(id));

    public string Term(int id) => id < vocabulary.Terms.Length ? vocabulary.Terms[id] : unseenTerms[id - vocabulary.Terms.Length];
}
