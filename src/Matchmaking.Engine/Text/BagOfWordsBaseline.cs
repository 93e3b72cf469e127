namespace Matchmaking.Engine.Text;

/// <summary>The baseline: lower-cased word counts, no stop words, no IDF, no n-grams; cosine of the count vectors.</summary>
internal static class BagOfWordsBaseline
{
    public static double Similarity(string a, string b)
    {
        var x = Counts(a);
        var y = Counts(b);
        double dot = 0;
        foreach (var (word, count) in x)
        {
            dot += count * (double)y.GetValueOrDefault(word);
        }

        var norm = Math.Sqrt(x.Values.Sum(c => (double)c * c)) * Math.Sqrt(y.Values.Sum(c => (double)c * c));
        return norm == 0 ? 0 : dot / norm;
    }

    private static Dictionary<string, int> Counts(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        char[] separators = [' ', ',', '.', ';', ':', '\'', '’', '(', ')', '!', '?'];
        foreach (var word in text.ToLowerInvariant().Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
