namespace Matchmaking.Benchmarks.HandWritten;

/// <summary>
/// The hand-written TF-IDF model the engine shipped before issue 9 (tfidf-concept-2-2dbf8e0d2d15), kept here only so the
/// model card's side-by-side figures stay reproducible; the engine no longer has it.
/// </summary>
internal static class TfidfBuiltIn
{
    public static TfidfModel Create()
    {
        using var artifact = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "HandWritten", "text-model.tsv"));
        return TfidfModel.Load(artifact);
    }
}
