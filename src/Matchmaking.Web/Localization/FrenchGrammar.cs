using Matchmaking.Core.Notifications;

namespace Matchmaking.Web.Localization;

/// <summary>
/// French elision and contraction before a name on the pages: "d'Essaouira" but "de Zahlé", "du Mans", "qu'Abidjan". A French
/// value writes <c>{1}</c> where an English one writes "of {0}": the page passes both. The words are the mail's
/// (<see cref="FrenchWords"/>): one implementation, so a page and a mail never elide differently.
/// </summary>
public static class FrenchGrammar
{
    /// <summary>"d'Essaouira", "de Zahlé", "du Mans" (Le Mans), "des Sables-d'Olonne" (Les …).</summary>
    public static string De(string name) => FrenchWords.De(name);

    /// <summary>"l'Essaouira", "le Zahlé": the article before a name used as a noun.</summary>
    public static string Le(string name) => FrenchWords.Le(name);

    /// <summary>"qu'Essaouira", "que Zahlé".</summary>
    public static string Que(string name) => FrenchWords.Que(name);
}
