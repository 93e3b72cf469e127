using System.Text.RegularExpressions;
using System.Xml.Linq;
using Matchmaking.Core.Hosting;
using Matchmaking.Core.Notifications;

namespace Matchmaking.Tests.Pages;

/// <summary>French as French is written: a no-break space before : ; ? ! and inside « », elision before a city's name.</summary>
public sealed partial class FrenchTypographyTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Fact]
    public void EveryColonSemicolonQuestionAndExclamationMarkOfTheFrenchTextsFollowsANoBreakSpace()
    {
        var wrong = FrenchValues()
            .Where(e => ClauseMarks().Matches(Prose(e.Value)).Any(m => m.Groups["before"].Value is not ("\u00a0" or "\u202f")))
            .Select(e => $"{e.Name} => {e.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, "Put a no-break space (U+00A0) before : ; ? ! in:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void FrenchQuotesAreGuillemetsWithNoBreakSpacesInside()
    {
        var wrong = FrenchValues()
            .Where(e => e.Value.Contains('"', StringComparison.Ordinal) || e.Value.Contains('“', StringComparison.Ordinal)
                || Regex.IsMatch(e.Value, "«[^\u00a0\u202f]|[^\u00a0\u202f]»"))
            .Select(e => $"{e.Name} => {e.Value}")
            .ToList();

        Assert.True(wrong.Count == 0, "Write « … » with no-break spaces inside:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("Essaouira", "d'Essaouira")]
    [InlineData("Zahlé", "de Zahlé")]
    [InlineData("Ísafjörður", "d'Ísafjörður")]
    [InlineData("Hérat", "d'Hérat")]
    [InlineData("Hambourg", "de Hambourg")]
    [InlineData("Le Mans", "du Mans")]
    [InlineData("Yamagata", "de Yamagata")]
    public void DeElidesBeforeAVowelOrAMuteHAndContractsWithLe(string city, string expected) =>
        Assert.Equal(expected, FrenchWords.De(city));

    [Fact]
    public void LeAndQueElideLikeDe()
    {
        Assert.Equal("qu'Oran", FrenchWords.Que("Oran"));
        Assert.Equal("que Sfax", FrenchWords.Que("Sfax"));
        Assert.Equal("l'Asmara", FrenchWords.Le("Asmara"));
    }

    private static IEnumerable<(string Name, string Value)> FrenchValues() =>
        XDocument.Load(Path.Combine(Root, "src", "Matchmaking.Web", "Resources", "Localization.Texts.fr.resx"))
            .Root!.Elements("data").Select(d => ((string)d.Attribute("name")!, (string)d.Element("value")!));

    /// <summary>Code quoted in French texts, written as a program reads it.</summary>
    private static readonly string[] CodeSnippets = ["Authorization: Bearer"];

    /// <summary>The value without what is not French prose: placeholders ({0:N0}), addresses (https://…) and code (en;fr, 23:59).</summary>
    private static string Prose(string value) =>
        CodeSnippets.Aggregate(Url().Replace(Placeholder().Replace(value, "X"), "url"), (text, code) => text.Replace(code, "code", StringComparison.Ordinal));

    /// <summary>A mark that ends a clause: followed by a space, the end or a closing sign (a mark inside a word is code: en;fr, 23:59).</summary>
    [GeneratedRegex(@"(?<before>.|^)[:;?!](?=$|[\s\u00a0\u202f»)""<])")]
    private static partial Regex ClauseMarks();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\S+://\S*")]
    private static partial Regex Url();
}
