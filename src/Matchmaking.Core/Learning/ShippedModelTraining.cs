using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text;

namespace Matchmaking.Core.Learning;

/// <summary>
/// Fits the shipped text model (<c>matchmaking train</c>, the benchmarks' <c>train</c>): the corpus, the project's sets and
/// the development call, with the lexicon read from Debian's packages and the sets' texts embedded in process, so that
/// every group the model weighs is evaluated.
/// </summary>
public static class ShippedModelTraining
{
    public static async Task<TrainedModel> TrainAsync(IReadOnlyList<FileInfo> corpus, FileInfo? labelled, FileInfo? heldOut,
        IReadOnlyList<FileInfo> blind, TextModelOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(blind);
        var lexicon = LexiconFiles.TryRead() ?? throw new InvalidOperationException(
            $"The lexicon is missing: install {string.Join(' ', LexiconPackages.Names)} (apt-get) before training.");
        var labelledSet = labelled is { Exists: true } ? await File.ReadAllBytesAsync(labelled.FullName, cancellationToken) : null;
        var heldOutSet = heldOut is { Exists: true } ? await File.ReadAllBytesAsync(heldOut.FullName, cancellationToken) : null;
        var blindSets = new List<(string Name, byte[] Set)>();
        foreach (var file in blind.Where(f => f.Exists))
        {
            blindSets.Add((Path.GetFileNameWithoutExtension(file.Name), await File.ReadAllBytesAsync(file.FullName, cancellationToken)));
        }

        var development = await DevelopmentCalls.Call2021Async();
        var sets = new[] { labelledSet, heldOutSet }.OfType<byte[]>().Concat(blindSets.Select(b => b.Set)).ToList();
        var embeddings = options.DenseWeight > 0
            ? await new SentenceEncoder().EmbedAsync(TextModelTrainer.TextsToEmbed(sets, development, lexicon), cancellationToken)
            : TextEmbeddings.None;
        var streams = corpus.Select(f => (Stream)f.OpenRead()).ToList();
        try
        {
            return TextModelTrainer.Train(streams, labelledSet is null ? null : new MemoryStream(labelledSet),
                heldOutSet is null ? null : new MemoryStream(heldOutSet), options, time,
                [.. blindSets.Select(b => (b.Name, (Stream)new MemoryStream(b.Set)))], lexicon, embeddings, development);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }
}
