using System.Security.Cryptography;
using System.Text;
using Dapper;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Sentence embeddings kept in PostgreSQL: a text is encoded the first time any process asks for it, and read back after
/// that, so a round pays only for the texts nobody has seen (imports have them encoded ahead, <see cref="EmbedCallTextsJob"/>).
/// </summary>
public sealed class EmbeddingStore(
    NpgsqlDataSource dataSource, SentenceEncoder encoder, IOptions<EmbeddingsOptions> options, TimeProvider time, ILogger<EmbeddingStore> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The request with the embeddings of the texts the engine names; unchanged (no embeddings) when they are disabled.</summary>
    public async Task<PairingRequest> WithEmbeddingsAsync(PairingRequest request, TextModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Enabled
            ? request with { Embeddings = await GetOrComputeAsync(PairingEngine.TextsToEmbed(request, model), cancellationToken) }
            : request with { Embeddings = TextEmbeddings.None };
    }

    /// <summary>
    /// The vector of every text: those kept are read in one query, the others encoded and kept. Two processes encoding the
    /// same new text at once both get a vector (the same one) and the first to write keeps it.
    /// </summary>
    public async Task<TextEmbeddings> GetOrComputeAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (!Enabled)
        {
            return TextEmbeddings.None;
        }

        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var keys = distinct.Select(Key).ToArray();
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var stored = (await connection.QueryAsync<StoredEmbedding>(new CommandDefinition("""
            SELECT text_sha256, vector FROM text_embeddings WHERE model = @model AND text_sha256 = ANY(@keys)
            """, new { model = SentenceEncoder.Model, keys }, cancellationToken: cancellationToken)))
            .ToDictionary(r => Convert.ToHexString(r.TextSha256), r => r.Vector, StringComparer.Ordinal);

        var missing = new List<(string Text, byte[] Key)>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (stored.TryGetValue(Convert.ToHexString(keys[i]), out var vector))
            {
                vectors[distinct[i]] = vector;
            }
            else
            {
                missing.Add((distinct[i], keys[i]));
            }
        }

        if (missing.Count > 0)
        {
            var started = time.GetTimestamp();
            var encoded = await encoder.EncodeAsync([.. missing.Select(m => m.Text)], cancellationToken);
            LogMessages.TextsEncoded(logger, missing.Count, SentenceEncoder.Model, (long)time.GetElapsedTime(started).TotalMilliseconds, stored.Count);
            // One round trip for all of them: a batch of one INSERT per text.
            await using var batch = new NpgsqlBatch(connection);
            var now = time.GetUtcNow();
            for (var i = 0; i < missing.Count; i++)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO text_embeddings (model, text_sha256, vector, created_at) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (model, text_sha256) DO NOTHING
                    """)
                {
                    Parameters =
                    {
                        new() { Value = SentenceEncoder.Model },
                        new() { Value = missing[i].Key },
                        new() { Value = encoded[i] },
                        new() { Value = now },
                    },
                });
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                vectors[missing[i].Text] = encoded[i];
            }
        }

        return new TextEmbeddings { Model = SentenceEncoder.Model, Vectors = vectors };
    }

    internal static byte[] Key(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private sealed class StoredEmbedding
    {
        public byte[] TextSha256 { get; init; } = [];
        public float[] Vector { get; init; } = [];
    }
}
