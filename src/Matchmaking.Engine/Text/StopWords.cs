using System.Collections.Frozen;

namespace Matchmaking.Engine.Text;

/// <summary>English and French function words, written as <see cref="TextNormalizer"/> leaves them (no diacritics).</summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        // English
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during",
        "each", "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "may", "me", "might", "more",
        "most", "much", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "within", "would", "you", "your", "yours", "well", "like", "want", "wants", "need", "needs",
        "looking", "seek", "seeks", "city", "cities", "help", "would", "new", "many", "one", "two", "three", "years",
        // French
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et", "eux",
        "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "meme", "mes", "moi", "mon",
        "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son",
        "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont", "ete", "etre",
        "avoir", "ont", "sommes", "sera", "seront", "fait", "faire", "plus", "tres", "tout", "tous", "toute", "toutes",
        "afin", "ainsi", "aussi", "autre", "autres", "comme", "donc", "dont", "entre", "lors", "leurs", "peu", "sans",
        "selon", "sous", "vers", "chez", "car", "cela", "ceci", "celle", "celui", "ceux", "ici", "deja", "encore",
        "souhaite", "souhaitons", "besoin", "besoins", "cherche", "cherchons", "ville", "villes", "notamment", "nouveau",
        "nouvelle", "nouvelles", "nouveaux", "ans", "annee", "annees", "offer", "offers", "offering", "propose", "proposons",
        "offrons", "offre", "peut", "pouvons",
    ]);

    public static bool Contains(string token) => Words.Contains(token);

    /// <summary>The list, for ML.NET's stop-word remover (in a fixed order, so that a fitted model's version is stable).</summary>
    public static string[] All => [.. Words.Order(StringComparer.Ordinal)];
}
