using System.Text.RegularExpressions;
using System.Xml.Linq;
using Matchmaking.Core.Hosting;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// Phrases that only the English pages may show: the English of every resource entry whose French differs, cut at its
/// placeholders, keeping the pieces long enough to mean something (more than 12 characters, with a space). Pieces that
/// French also writes (a name, a code) and pieces of the cities' own data are left out: data stays as written.
/// </summary>
internal sealed partial class EnglishPhrases
{
    private const string PhrasePrefix = "phrase: ";

    private readonly IReadOnlyList<string> _phrases;

    private EnglishPhrases(IReadOnlyList<string> phrases) => _phrases = phrases;

    public int Count => _phrases.Count;

    /// <param name="data">The cities' own texts of the call the pages show, which may well be English.</param>
    public static EnglishPhrases Load(string data)
    {
        var resources = Path.Combine(RepositoryRoot.Find(), "src", "Matchmaking.Web", "Resources");
        var english = Entries(Path.Combine(resources, "Localization.Texts.resx"));
        var french = Entries(Path.Combine(resources, "Localization.Texts.fr.resx"));
        var allFrench = string.Join('\n', french.Values);
        var phrases = french
            .Select(e => (English: e.Key.StartsWith(PhrasePrefix, StringComparison.Ordinal) ? english.GetValueOrDefault(e.Key) : e.Key, French: e.Value))
            .Where(e => e.English is not null && !string.Equals(e.English, e.French, StringComparison.Ordinal))
            .SelectMany(e => Placeholder().Split(e.English!))
            .Select(piece => piece.Trim(' ', '.', ',', ':', ';', '(', ')', '"', '\'', '\u00a0'))
            .Where(piece => piece.Length > 12 && piece.Contains(' ', StringComparison.Ordinal))
            .Where(piece => !allFrench.Contains(piece, StringComparison.Ordinal) && !data.Contains(piece, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new EnglishPhrases(phrases);
    }

    /// <summary>The English phrases a text shows, if any.</summary>
    public IReadOnlyList<string> FoundIn(string text) =>
        _phrases.Where(phrase => text.Contains(phrase, StringComparison.Ordinal)).ToList();

    private static Dictionary<string, string> Entries(string file) =>
        File.Exists(file)
            ? XDocument.Load(file).Root!.Elements("data")
                .GroupBy(d => (string)d.Attribute("name")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (string?)g.First().Element("value") ?? "", StringComparer.Ordinal)
            : [];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
