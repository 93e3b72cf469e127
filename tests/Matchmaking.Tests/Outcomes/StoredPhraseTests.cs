using Matchmaking.Core.Outcomes;

namespace Matchmaking.Tests.Outcomes;

/// <summary>A phrase kept in a <c>jsonb</c> column (a task's outcome, a last error) reads back the same, codes still codes.</summary>
public sealed class StoredPhraseTests
{
    [Fact]
    public void AStoredPhraseReadsBackWithItsCodeWordsNumbersAndNestedPhrases()
    {
        var phrase = new Phrase("follow_up_offer_not_expired", new Phrase("follow_up_pair_settled", new CodeWord("declined")), 3, "550 mailbox full");

        var read = PhraseJson.Deserialize(PhraseJson.Serialize(phrase))!;

        Assert.Equal("follow_up_offer_not_expired", read.Code);
        var inner = Assert.IsType<Phrase>(read.Args[0]);
        Assert.Equal(new CodeWord("declined"), Assert.Single(inner.Args));
        Assert.Equal(3L, Convert.ToInt64(read.Args[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("550 mailbox full", read.Args[2]);
    }

    [Fact]
    public void ARowWrittenBeforePhrasesHasNone() => Assert.Null(PhraseJson.Deserialize(null));
}
