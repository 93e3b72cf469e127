using System.Security.Cryptography;
using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>A fitted model and its manifest, ready to be saved side by side.</summary>
public sealed record TrainedModel(TextModel Model, ModelManifest Manifest);

/// <summary>
/// Fits the text model on corpus files (one document per line, '#' comments) and evaluates it. Deterministic and pure:
/// the date comes from the caller's <see cref="TimeProvider"/>, the files come as streams, and nothing is written
/// except to the streams handed to <see cref="TextModel.Save"/> and <see cref="ModelManifest.Write"/>.
/// </summary>
public static class TextModelTrainer
{
    public const string ArtifactFileName = "text-model.tsv";
    public const string ManifestFileName = "text-model.manifest.json";
    public const string LabelledSetFileName = "labelled-pairs.tsv";
    public const string HeldOutSetFileName = "heldout-pairs.tsv";

    /// <summary>Fits and evaluates on the labelled set and, if given, on the held-out set.</summary>
    public static TrainedModel Train(
        IReadOnlyList<Stream> corpus, Stream? labelledSet, Stream? heldOutSet, TextModelOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(time);
        var documents = ReadDocuments(corpus);
        var model = TextModel.Fit(documents, options);
        var evaluation = labelledSet is null ? null : ModelEvaluator.Evaluate(model, labelledSet);
        var heldOut = heldOutSet is null ? null : ModelEvaluator.Evaluate(model, heldOutSet);
        return new TrainedModel(model, new ModelManifest
        {
            Version = model.Version,
            ArtifactFile = ArtifactFileName,
            Parameters = options,
            VocabularySize = model.VocabularySize,
            Concepts = model.ConceptCount,
            TrainingDocuments = model.DocumentCount,
            TrainingDataSha256 = Hash(documents),
            TrainedAt = time.GetUtcNow(),
            Evaluation = evaluation,
            HeldOutEvaluation = heldOut,
        });
    }

    public static List<string> ReadDocuments(IReadOnlyList<Stream> corpus)
    {
        var documents = new List<string>();
        foreach (var stream in corpus)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true);
            while (reader.ReadLine() is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line) && line[0] != '#')
                {
                    documents.Add(line.Trim());
                }
            }
        }

        return documents;
    }

    public static string Hash(IEnumerable<string> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
