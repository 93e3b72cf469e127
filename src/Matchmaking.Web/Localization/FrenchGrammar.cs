using System.Collections.Frozen;
using System.Text;

namespace Matchmaking.Web.Localization;

/// <summary>
/// French elision and contraction before a name (a city's, as the city writes it): "d'Essaouira" but "de Zahlé", "du Mans",
/// "l'Oran…", "qu'Abidjan". A French value writes <c>{1}</c> where an English one writes "of {0}": the page passes both.
/// </summary>
public static class FrenchGrammar
{
    /// <summary>Names whose h is aspirated: no elision before them ("de Hambourg").</summary>
    private static readonly FrozenSet<string> AspiratedH = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Hambourg", "Hanovre", "Hanoï", "Hanoi", "Hollande", "Honfleur", "Hongrie", "Houston", "Huê", "Hue");

    /// <summary>"d'Essaouira", "de Zahlé", "du Mans" (Le Mans), "des Sables-d'Olonne" (Les …).</summary>
    public static string De(string name) => Contract(name, "de ", "d'", "du ", "des ");

    /// <summary>"l'Essaouira", "le Zahlé": the article before a name used as a noun.</summary>
    public static string Le(string name) => Contract(name, "le ", "l'", "le ", "les ");

    /// <summary>"qu'Essaouira", "que Zahlé".</summary>
    public static string Que(string name) => Contract(name, "que ", "qu'", "que le ", "que les ");

    /// <summary>Whether a word starts with a vowel sound in French: a vowel, or an h that is not aspirated.</summary>
    public static bool StartsWithVowelSound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var trimmed = word.TrimStart();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var first = char.ToLowerInvariant(trimmed.Normalize(NormalizationForm.FormD)[0]);
        return first is 'a' or 'e' or 'i' or 'o' or 'u'
            || (first == 'h' && !AspiratedH.Contains(FirstWord(trimmed)));
    }

    private static string Contract(string name, string plain, string elided, string beforeLe, string beforeLes)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.StartsWith("Le ", StringComparison.Ordinal))
        {
            return beforeLe + trimmed[3..];
        }

        if (trimmed.StartsWith("Les ", StringComparison.Ordinal))
        {
            return beforeLes + trimmed[4..];
        }

        return (StartsWithVowelSound(trimmed) ? elided : plain) + trimmed;
    }

    private static string FirstWord(string text)
    {
        var end = text.IndexOfAny([' ', '-', '\'']);
        return end < 0 ? text : text[..end];
    }
}
