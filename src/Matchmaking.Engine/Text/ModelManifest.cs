using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Engine.Text;

/// <summary>What a saved model is: version, parameters, vocabulary, the hash of its training data, date and evaluation.</summary>
public sealed record ModelManifest
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Version { get; init; }
    public required string ArtifactFile { get; init; }
    public required TextModelOptions Parameters { get; init; }
    /// <summary>The weight of each feature group: words, bigrams, character n-grams, concepts, hashed words, lexical, related, dense.</summary>
    public required IReadOnlyList<double> GroupWeights { get; init; }
    public required int VocabularySize { get; init; }
    /// <summary>Thesaurus concepts carried by the artifact (0 for a model without concepts).</summary>
    public int Concepts { get; init; }
    public required int TrainingDocuments { get; init; }
    /// <summary>SHA-256 of the training documents as used (one per line, '\n'-terminated, in order).</summary>
    public required string TrainingDataSha256 { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    /// <summary>On the labelled set (ml-models/evaluation/labelled-pairs.tsv), on which parameters are chosen.</summary>
    public EvaluationReport? Evaluation { get; init; }
    /// <summary>On the held-out set (heldout-pairs.tsv): written apart, never used to choose anything.</summary>
    public EvaluationReport? HeldOutEvaluation { get; init; }
    /// <summary>On blind sets, written after the model they measure was frozen.</summary>
    public IReadOnlyList<NamedEvaluation>? BlindEvaluations { get; init; }
    /// <summary>On the development call written by others (ml-models/evaluation/call2021): P@1 and MRR within each field.</summary>
    public DecisionEvaluation? DevelopmentEvaluation { get; init; }
    /// <summary>The lexicon the model was fitted with (a hash of FreeDict's and WordNet's files); null without one.</summary>
    public string? Lexicon { get; init; }

    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, Json);

    public static ModelManifest Read(Stream stream) =>
        JsonSerializer.Deserialize<ModelManifest>(stream, Json) ?? throw new InvalidDataException("Empty model manifest.");
}

/// <summary>An evaluation report under the name of its set.</summary>
public sealed record NamedEvaluation(string Set, EvaluationReport Report);
