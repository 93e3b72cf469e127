using Matchmaking.Core.Embeddings;
using Matchmaking.Engine.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Xunit;

namespace Matchmaking.Tests.Embeddings;

public sealed class EmbeddingsSwitchTests
{
    [Fact]
    public async Task WithEmbeddingsSwitchedOffTheStoreEncodesNothingAndAsksNoDatabase()
    {
        var encoder = new SentenceEncoder();
        // A data source that cannot connect: any query would fail.
        await using var nowhere = NpgsqlDataSource.Create("Host=/nonexistent;Timeout=1");
        var store = new EmbeddingStore(nowhere, encoder, Options.Create(new EmbeddingsOptions { Enabled = false }), TimeProvider.System,
            NullLogger<EmbeddingStore>.Instance);

        var embeddings = await store.GetOrComputeAsync(["A festival of street food."], CancellationToken.None);

        Assert.Same(TextEmbeddings.None, embeddings);
        Assert.Equal(0, encoder.EncodedTexts);
    }
}
