using System.Text.RegularExpressions;
using Matchmaking.Core.Hosting;

namespace Matchmaking.Tests.Pages;

/// <summary>
/// What a screen reader says or a search box hints is page text too: an English sentence written straight into an
/// <c>aria-label</c> ("Undo the approval of Oran for the coordinator" on a French round page) never reaches the translations.
/// </summary>
public sealed partial class PageAttributesTests
{
    [Fact]
    public void NoLabelHintOrTitleOfThePagesIsWrittenInEnglishOutsideTheTranslations()
    {
        var pages = Path.Combine(RepositoryRoot.Find(), "src", "Matchmaking.Web", "Pages");
        var written = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => WordsAttribute().Matches(File.ReadAllText(file))
                .Select(m => $"{Path.GetRelativePath(pages, file)}: {m.Value}"))
            .ToList();

        Assert.True(written.Count == 0, "Words outside T[…]:\n" + string.Join('\n', written));
    }

    /// <summary>An attribute people read whose value starts with words (two of them, a space between) instead of <c>@</c>.</summary>
    [GeneratedRegex("""\b(?:aria-label|placeholder|title|alt)="[A-Za-z][^"@]*\s[^"]*" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex WordsAttribute();
}
