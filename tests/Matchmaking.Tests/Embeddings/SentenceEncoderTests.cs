using Matchmaking.Core.Embeddings;
using Xunit;

namespace Matchmaking.Tests.Embeddings;

public sealed class SentenceEncoderTests
{
    private static readonly SentenceEncoder Encoder = new();

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public async Task SentencesThatMeanTheSameAreCloserThanSentencesAboutSomethingElse()
    {
        var vectors = await Encoder.EncodeAsync(
        [
            "Teachers cut and beat the tops of empty oil barrels into bowls that ring with several notes.",
            "A school programme teaches young people to build and tune steel pans from recycled oil drums.",
            "An accordion contest where farmers sing the news of their villages.",
            "Mangoes rot every season; we want to turn them into juice and jam.",
            "A cooperative that presses surplus fruit into nectars and preserves.",
        ], CancellationToken.None);

        Assert.True(Cosine(vectors[0], vectors[1]) > Cosine(vectors[0], vectors[2]) + 0.1,
            $"steelpan {Cosine(vectors[0], vectors[1]):F3}, accordion {Cosine(vectors[0], vectors[2]):F3}");
        Assert.True(Cosine(vectors[3], vectors[4]) > Cosine(vectors[3], vectors[1]) + 0.1,
            $"fruit {Cosine(vectors[3], vectors[4]):F3}, steelpan {Cosine(vectors[3], vectors[1]):F3}");
    }

    [Fact]
    public async Task TheVectorsAreThoseOfSentenceTransformersWithUnitLength()
    {
        var vector = (await Encoder.EncodeAsync(["This is an example sentence"], CancellationToken.None))[0];

        // The first numbers sentence-transformers prints for this sentence with all-MiniLM-L6-v2 (its model card's example).
        Assert.Equal(SentenceEncoder.Dimensions, vector.Length);
        Assert.Equal(0.06766, vector[0], tolerance: 1e-4);
        Assert.Equal(0.06350, vector[1], tolerance: 1e-4);
        Assert.Equal(0.04871, vector[2], tolerance: 1e-4);
        Assert.Equal(1.0, Math.Sqrt(Cosine(vector, vector)), 5);
    }

    [Fact]
    public async Task ATextGetsTheSameVectorAloneOrAmongOthersAndOnEveryCall()
    {
        const string text = "Un festival de cinéma pour les jeunes réalisateurs de la région.";
        var alone = (await Encoder.EncodeAsync([text], CancellationToken.None))[0];
        var among = await Encoder.EncodeAsync(["A much longer text about design, crafts and the city's markets, to pad a batch.", text], CancellationToken.None);
        var again = (await Encoder.EncodeAsync([text], CancellationToken.None))[0];

        Assert.Equal(alone, among[1]);
        Assert.Equal(alone, again);
    }

    [Fact]
    public async Task AVeryLongTextIsCutToTheModelsLengthAndStillEncoded()
    {
        var words = string.Join(' ', Enumerable.Repeat("heritage crafts workshop", 400));

        var vectors = await Encoder.EncodeAsync([words, words + " and a tail the model never reads"], CancellationToken.None);

        Assert.Equal(vectors[0], vectors[1]);
        Assert.Equal(1.0, Math.Sqrt(Cosine(vectors[0], vectors[0])), 5);
    }
}
