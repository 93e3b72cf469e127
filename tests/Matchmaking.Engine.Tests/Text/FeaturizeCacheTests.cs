using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Text;

public class FeaturizeCacheTests
{
    private static readonly TextModel Model = TextModel.Default;

    [Fact]
    public void ATextFeaturizedAgainGivesTheSameVectorAsTheFirstTime()
    {
        var text = $"Weaving cooperative {Guid.NewGuid():N} seeks help with natural dyes and export fairs.";
        var first = Model.Featurize([text])[0];
        var again = Model.Featurize(["Pottery kilns and glazes.", text, text])[1];

        Assert.Equal(first.Ids, again.Ids);
        Assert.Equal(first.Values, again.Values);
    }

    [Fact]
    public void RepeatedAndEmptyTextsInOneBatchKeepTheirPlaces()
    {
        var texts = new string?[] { "film festival", null, "", "film festival", "recording studio" };
        var vectors = Model.Featurize(texts);

        Assert.Equal(5, vectors.Length);
        Assert.Equal(0, vectors[1].Count);
        Assert.Equal(0, vectors[2].Count);
        Assert.Equal(vectors[0].Ids, vectors[3].Ids);
        Assert.NotEqual(vectors[0].Ids, vectors[4].Ids);
    }
}
