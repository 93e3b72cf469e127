using System.Collections.Frozen;
using System.Text;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// French elision and contraction before a name as its city writes it: "d'Essaouira" but "de Zahlé", "du Mans", "qu'Abidjan",
/// "de Hambourg" (an aspirated h). Mail (<see cref="FrenchWords"/>) and pages (<c>FrenchGrammar</c>) both go through here, so
/// they cannot disagree.
/// </summary>
internal static class FrenchElision
{
    /// <summary>Names whose h is aspirated: no elision before them ("de Hambourg").</summary>
    private static readonly FrozenSet<string> AspiratedH = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Hambourg", "Hanovre", "Hanoï", "Hanoi", "Hollande", "Honfleur", "Hongrie", "Houston", "Huê", "Hue");

    /// <summary>Whether a word starts with a vowel sound in French: a vowel (accented or not), or an h that is not aspirated.</summary>
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

    /// <summary>The word before the name: <paramref name="plain"/>, <paramref name="elided"/> before a vowel sound, or contracted with the name's own article.</summary>
    public static string Contract(string name, string plain, string elided, string beforeLe, string beforeLes)
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
