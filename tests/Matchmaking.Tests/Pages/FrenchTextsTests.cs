using System.Text.RegularExpressions;
using System.Xml.Linq;
using Matchmaking.Core.Hosting;

namespace Matchmaking.Tests.Pages;

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
        var web = Path.Combine(Root, "src", "Matchmaking.Web");
        var asked = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .SelectMany(file => AskedPhrases(File.ReadAllText(file)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(asked.Count > 200, $"only {asked.Count} phrases were found in the pages");
        var missing = asked.Where(p => !french.ContainsKey(p) && !SameInBoth.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "No French for:\n" + string.Join('\n', missing));
        Assert.All(french, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Fact]
    public void EveryPhraseOfTheServicesHasItsEnglishAndFrench()
    {
        var english = Entries("Localization.Texts.resx").ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        var french = Entries().ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);
        var codes = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => PhraseCode().Matches(File.ReadAllText(file)).Select(m => $"phrase: {m.Groups[1].Value}"))
            .ToHashSet(StringComparer.Ordinal);

        var missing = codes.Where(c => !english.ContainsKey(c) || !french.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Missing in English or French:\n" + string.Join('\n', missing));
        foreach (var (name, value) in english)
        {
            Assert.True(french.TryGetValue(name, out var translated), $"No French for {name}");
            Assert.True(Placeholders(value).SetEquals(Placeholders(translated!)), $"{name}: the French has other placeholders than the English");
        }
    }

    [Fact]
    public void NoTwoFrenchEntriesDifferOnlyInCase()
    {
        var clashes = Entries().GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(clashes);
    }

    private static IEnumerable<(string Name, string Value)> Entries(string file = "Localization.Texts.fr.resx") =>
        XDocument.Load(Path.Combine(Root, "src", "Matchmaking.Web", "Resources", file))
            .Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!));

    private static IEnumerable<string> AskedPhrases(string source) =>
        Phrase().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(PluralPhrases().Matches(source).SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }))
            .Select(Regex.Unescape);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\b(?:T|texts)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"\.Plural\([^,]+,\s*""((?:[^""\\]|\\.)*)"",\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex PluralPhrases();

    [GeneratedRegex(@"new Phrase\(""([a-z0-9_]+)""")]
    private static partial Regex PhraseCode();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();
}
