using Matchmaking.Core.Notifications;
using Matchmaking.Web.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>Punctuation as each language writes it: French puts a no-break space before a colon.</summary>
internal static class Typography
{
    /// <summary>"label: value", « libellé : valeur » in French.</summary>
    public static string Colon(string label, string value) =>
        PageLanguages.Current == MailLanguage.French ? $"{label}\u00a0: {value}" : $"{label}: {value}";
}
