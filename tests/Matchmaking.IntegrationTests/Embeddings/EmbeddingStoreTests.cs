using Dapper;
using Hangfire;
using Matchmaking.Core.Jobs;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Pairing;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Embeddings;

public sealed class EmbeddingStoreTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ATextIsEncodedOnceAndReadBackFromTheDatabaseAfterThat()
    {
        await factory.ResetAsync();
        var store = factory.Services.GetRequiredService<EmbeddingStore>();
        var encoder = factory.Services.GetRequiredService<SentenceEncoder>();
        // Kept embeddings outlive a test's reset (they are a cache of the texts' meaning): these texts are new to the table.
        var run = Guid.NewGuid().ToString("N");
        string[] texts = [$"A festival of street food and local cooks ({run}).", $"Training for young film editors ({run}).", $"A festival of street food and local cooks ({run})."];

        var before = encoder.EncodedTexts;
        var first = await store.GetOrComputeAsync(texts, CancellationToken.None);
        var encodedFirst = encoder.EncodedTexts - before;
        var second = await store.GetOrComputeAsync(texts, CancellationToken.None);

        Assert.Equal(2, encodedFirst);
        Assert.Equal(before + 2, encoder.EncodedTexts);
        Assert.Equal(SentenceEncoder.Model, second.Model);
        Assert.Equal(2, second.Vectors.Count);
        foreach (var text in texts)
        {
            Assert.Equal(first.Vectors[text], second.Vectors[text]);
            Assert.Equal(SentenceEncoder.Dimensions, second.Vectors[text].Length);
        }

        Assert.Equal(2, await KeptAsync(texts));
    }

    [Fact]
    public async Task AnImportHasItsTextsEncodedAheadAndARoundGivesTheEngineTheEmbeddingsOfItsTexts()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK,
            await secretariat.PostCsvAsync($"/api/calls/{SampleProfiles.Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(System.Net.HttpStatusCode.OK,
            await secretariat.PostCsvAsync($"/api/calls/{SampleProfiles.Year}/mentors", SampleProfiles.Mentors));
        var request = await factory.Services.GetRequiredService<RoundInputs>().LoadAsync(SampleProfiles.Year, CancellationToken.None);
        var texts = PairingEngine.TextsToEmbed(request, factory.Services.GetRequiredService<TextModelProvider>().Model);
        Assert.NotEmpty(texts);

        // The import's job encodes them before any round asks.
        await Eventually.UntilAsync(() => KeptAsync(texts), kept => kept == texts.Count, kept => $"{kept} of {texts.Count} texts kept after the import");
        // Each of the two imports asked for a job: neither may still be at work when the round's part starts.
        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await Eventually.UntilAsync(() => Task.FromResult(monitoring.ProcessingCount() + monitoring.EnqueuedCount(JobQueues.Default)),
            busy => busy == 0, busy => $"{busy} jobs still enqueued or processing");

        // Forgotten again, they come back only if the round asks the store for them.
        await using (var connection = factory.OpenConnection())
        {
            await connection.ExecuteAsync("DELETE FROM text_embeddings WHERE model = @model AND text_sha256 = ANY(@keys)",
                new { model = SentenceEncoder.Model, keys = texts.Select(EmbeddingStore.Key).ToArray() });
        }

        var start = await secretariat.PostAsync($"/api/calls/{SampleProfiles.Year}/rounds", null);
        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!);

        Assert.Equal("completed", round.GetProperty("status").GetString());
        Assert.Equal(texts.Count, await KeptAsync(texts));
    }

    private async Task<int> KeptAsync(IReadOnlyList<string> texts)
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM text_embeddings
            WHERE model = @model AND text_sha256 = ANY(@keys) AND cardinality(vector) = @dimensions
            """, new { model = SentenceEncoder.Model, keys = texts.Distinct(StringComparer.Ordinal).Select(EmbeddingStore.Key).ToArray(), dimensions = SentenceEncoder.Dimensions });
    }
}
