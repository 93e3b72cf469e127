namespace Matchmaking.Core.Embeddings;

public sealed class EmbeddingsOptions
{
    public const string Section = "Embeddings";

    /// <summary>
    /// Whether the engine gets sentence embeddings. When false the model is never loaded (some 180 MB less in each process
    /// that runs rounds) and the engine compares texts with its other groups only.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
