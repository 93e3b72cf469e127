using System.Text.RegularExpressions;
using System.Xml.Linq;
using Matchmaking.Core.Hosting;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Every phrase the pages ask for has its French, and no two French entries differ only in case (resx would drop one).</summary>
public sealed partial class FrenchTextsTests
{
    private static readonly string Root = RepositoryRoot.Find();

    /// <summary>Code and file names, which read the same in both languages.</summary>
    private static readonly HashSet<string> SameInBoth = new(StringComparer.Ordinal) { "Authorization: Bearer …", "Smtp:Enabled", "applicants.csv", "mentors.csv" };

    [Fact]
    public void EveryPhraseOfThePagesHasAFrenchTranslation()
    {
        var french = Entries().ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        var pages = Path.Combine(Root, "src", "Matchmaking.Web", "Pages");
        var asked = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => Phrase().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(asked.Count > 200, $"only {asked.Count} phrases were found in the pages");
        var missing = asked.Where(p => !french.ContainsKey(p) && !SameInBoth.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "No French for:\n" + string.Join('\n', missing));
        Assert.All(french, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void NoTwoFrenchEntriesDifferOnlyInCase()
    {
        var clashes = Entries().GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(clashes);
    }

    private static IEnumerable<(string Name, string Value)> Entries() =>
        XDocument.Load(Path.Combine(Root, "src", "Matchmaking.Web", "Resources", "Localization.Texts.fr.resx"))
            .Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!));

    [GeneratedRegex(@"\bT\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Phrase();
}
