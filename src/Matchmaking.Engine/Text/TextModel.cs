using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Matchmaking.Engine.Text.Lexicon;

namespace Matchmaking.Engine.Text;

/// <summary>
/// The fitted text model: an ML.NET transformer chain (<see cref="TextPipeline"/>) and the weight of each feature group.
/// Texts are featurized in batches through one <see cref="IDataView"/>; a text's vector is the concatenation of its group
/// vectors, each L2-normalized by the pipeline and scaled by the square root of its weight, normalized again, so the cosine
/// of two texts is the weighted mean of their per-group cosines. Immutable and thread-safe.
/// </summary>
public sealed class TextModel
{
    /// <summary>The zip entry, beside ML.NET's own, that holds what the transformer does not: version, options, weights.</summary>
    internal const string SettingsEntry = "Matchmaking/text-model.json";
    private const string Family = "mlnet-text-2";
    private const int ParallelBatch = 2048;
    /// <summary>Texts kept featurized, about 1 KB each: a call's profiles several times over. Cleared when full.</summary>
    private const int CacheLimit = 100_000;

    private static readonly Lazy<TextModel> DefaultModel = new(BuiltInModel.Create);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly MLContext ml;
    private readonly ITransformer transformer;
    private readonly double[] scales;
    private readonly ConcurrentDictionary<string, SparseVector> cache = new(StringComparer.Ordinal);
    private readonly BoundedCache<string, SparseVector> composedCache = new(CacheLimit, StringComparer.Ordinal);
    private readonly Lazy<FeatureSpace> space;
    private readonly Lexicon.Lexicon? lexicon;

    private TextModel(MLContext ml, ITransformer transformer, ModelSettings settings, Lexicon.Lexicon? lexicon = null)
    {
        this.ml = ml;
        this.transformer = transformer;
        this.lexicon = lexicon;
        var groups = Enum.GetValues<FeatureGroup>().Length;
        // Models saved before the lexical and dense groups existed have five weights: the others count 0.
        Settings = settings.GroupWeights.Length >= groups ? settings : settings with
        {
            GroupWeights = [.. settings.GroupWeights, .. new double[groups - settings.GroupWeights.Length]],
        };
        scales = [.. Settings.GroupWeights.Select(w => Math.Sqrt(Math.Max(0, w)))];
        space = new(() => FeatureSpace.Of(transformer.GetOutputSchema(InputSchema(ml)), lexicon));
    }

    /// <summary>
    /// Names the model in results and rounds, e.g. "mlnet-text-1-3f9a0c12d4e5". A model whose lexical groups count but that
    /// runs without the lexicon it was fitted with says so ("-nolex", or "-lex" and the other lexicon's hash): its scores differ.
    /// </summary>
    public string Version => !UsesLexicon || string.Equals(lexicon?.Identity, Settings.LexiconIdentity, StringComparison.Ordinal)
        ? Settings.Version
        : $"{Settings.Version}-{(lexicon is null ? "nolex" : "lex" + lexicon.Identity)}";

    /// <summary>The lexicon the lexical groups read, when the host gave one (<see cref="WithLexicon"/>).</summary>
    public Lexicon.Lexicon? Lexicon => lexicon;

    private bool UsesLexicon => Settings.GroupWeights[(int)FeatureGroup.Lexical] > 0 || Settings.GroupWeights[(int)FeatureGroup.Related] > 0;
    public TextModelOptions Options => Settings.Options;
    /// <summary>The weight of each feature group (words, bigrams, character n-grams, concepts, hashed words).</summary>
    public IReadOnlyList<double> GroupWeights => Settings.GroupWeights;
    public int VocabularySize => Space.Size(FeatureGroup.Word);
    public int ConceptCount => Space.Size(FeatureGroup.Concept);
    internal ModelSettings Settings { get; }
    internal FeatureSpace Space => space.Value;

    /// <summary>The shipped model (ml-models/text-model.zip, embedded in this assembly).</summary>
    public static TextModel Default => DefaultModel.Value;

    /// <summary>Fits the pipeline on a corpus, one document per item, with the given group weights (default: the options').</summary>
    public static TextModel Fit(IEnumerable<string> corpus, TextModelOptions options, IReadOnlyList<double>? groupWeights = null,
        string? trainingDataSha256 = null, Lexicon.Lexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(options);
        var ml = CreateContext();
        var documents = corpus.Select(d => new TextRow { Text = d }).ToList();
        if (documents.Count == 0)
        {
            throw new ArgumentException("The corpus has no documents to fit the text model on.", nameof(corpus));
        }

        var transformer = TextPipeline.Build(ml, options).Fit(ml.Data.LoadFromEnumerable(documents.Concat(ThesaurusDocuments())));
        double[] weights = groupWeights is null
            ? [options.WordWeight, options.BigramWeight, options.CharWeight, options.ConceptWeight, options.HashedWeight,
                lexicon is null ? 0 : options.LexicalWeight, lexicon is null ? 0 : options.RelatedWeight, options.DenseWeight]
            : [.. groupWeights];
        var sha = trainingDataSha256 ?? Hash(documents.Select(d => d.Text));
        var settings = new ModelSettings
        {
            Version = ComputeVersion(options, weights, sha, lexicon?.Identity),
            Options = options,
            GroupWeights = weights,
            TrainingDataSha256 = sha,
            ThesaurusSha256 = ThesaurusHash(),
            LexiconIdentity = lexicon?.Identity,
        };
        return new TextModel(ml, transformer, settings, lexicon);
    }

    /// <summary>The same fitted transformer with other group weights (for learning them), under a new version.</summary>
    internal TextModel WithWeights(IReadOnlyList<double> weights) => new(ml, transformer, Settings with
    {
        GroupWeights = [.. weights],
        Version = ComputeVersion(Options, weights, Settings.TrainingDataSha256, lexicon?.Identity),
        LexiconIdentity = lexicon?.Identity,
    }, lexicon);

    /// <summary>The same model reading the given lexicon (FreeDict, Snowball, WordNet) for its lexical groups.</summary>
    public TextModel WithLexicon(Lexicon.Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new(ml, transformer, Settings, lexicon);
    }

    /// <summary>Saves with <c>mlContext.Model.Save</c>, then adds the settings entry to the same zip.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        ml.Model.Save(transformer, InputSchema(ml), buffer);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry(SettingsEntry, CompressionLevel.Optimal);
            using var writer = entry.Open();
            JsonSerializer.Serialize(writer, Settings, Json);
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    /// <summary>Loads with <c>mlContext.Model.Load</c>; refuses a zip without settings or fitted with another thesaurus.</summary>
    public static TextModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length < 4 || buffer.GetBuffer() is not [(byte)'P', (byte)'K', 3, 4, ..])
        {
            throw new InvalidDataException(
                "Not a matchmaking text model: the file is not a zip saved by `matchmaking train` (models from before ML.NET, "
                + "text-model.tsv, are no longer read).");
        }

        ModelSettings settings;
        try
        {
            buffer.Position = 0;
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
            {
                var entry = zip.GetEntry(SettingsEntry)
                    ?? throw new InvalidDataException($"Not a matchmaking text model: the zip has no '{SettingsEntry}'.");
                using var reader = entry.Open();
                settings = JsonSerializer.Deserialize<ModelSettings>(reader, Json)
                    ?? throw new InvalidDataException($"'{SettingsEntry}' is empty.");
            }
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or IOException)
        {
            throw new InvalidDataException($"Not a matchmaking text model: {e.Message}", e);
        }

        if (!string.Equals(settings.ThesaurusSha256, ThesaurusHash(), StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"Model {settings.Version} was fitted with another thesaurus than this build's; retrain it (matchmaking train).");
        }

        var ml = CreateContext();
        buffer.Position = 0;
        var transformer = ml.Model.Load(buffer, out _);
        return new TextModel(ml, transformer, settings);
    }

    /// <summary>The text the sentence encoder sees for a text: French texts in English words (when a lexicon is given).</summary>
    public string EmbeddingText(string text) => lexicon is null ? text : lexicon.RenderEnglish(text);

    /// <summary>Cosine similarity in [0, 1] of two texts.</summary>
    public double Similarity(string a, string b)
    {
        var vectors = Featurize([a, b]);
        return vectors[0].Dot(vectors[1]);
    }

    /// <summary>
    /// Featurizes a batch of texts. A text this model has featurized before comes from its cache (a round re-reads the same
    /// offers and profiles; the vector of a text never changes under one model); the others go through the transformer in
    /// one data view per slice, large batches in parallel slices (ML.NET's cursors are single-threaded). Order is kept;
    /// null and empty texts give the empty vector.
    /// </summary>
    internal SparseVector[] Featurize(IReadOnlyList<string?> texts, CancellationToken cancellationToken = default) =>
        Featurize(texts, TextEmbeddings.None, cancellationToken);

    /// <summary>
    /// A text's whole vector: the ML.NET groups, then the lexical groups (from the lexicon) and the dense one (from the
    /// embeddings), each normalized and scaled by the square root of its weight, normalized together: the cosine of two
    /// texts is the weighted mean of their groups' cosines.
    /// </summary>
    internal SparseVector[] Featurize(IReadOnlyList<string?> texts, TextEmbeddings embeddings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        var pipeline = FeaturizeWithPipeline(texts, cancellationToken);
        var extra = ExtraGroups.Shares(Settings.GroupWeights, lexicon is not null);
        if (!extra.Any)
        {
            return pipeline;
        }

        var composed = new SparseVector[pipeline.Length];
        // Large batches are composed on every core: the lexicon's caches and stemmers are thread-safe.
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = composed.Length < ParallelBatch ? 1 : Environment.ProcessorCount,
        };
        Parallel.For(0, composed.Length, options, i =>
        {
            var text = texts[i] ?? "";
            var dense = extra.Dense > 0 && text.Length > 0 && embeddings.Vectors.TryGetValue(EmbeddingText(text), out var vector) ? vector : null;
            // A text's whole vector never changes under one model and one encoder: kept, with or without its embedding.
            var key = dense is null ? text : "\u0001" + text;
            composed[i] = composedCache.GetOrAdd(key, _ => ExtraGroups.Compose(pipeline[i], text, extra, lexicon, Options.Hypernyms, dense));
        });

        return composed;
    }

    private SparseVector[] FeaturizeWithPipeline(IReadOnlyList<string?> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new SparseVector[texts.Count];
        var missing = new List<string>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i] ?? "";
            if (text.Length == 0)
            {
                result[i] = SparseVector.Empty;
            }
            else if (cache.TryGetValue(text, out var cached))
            {
                result[i] = cached;
            }
            else if (positions.TryAdd(text, missing.Count))
            {
                missing.Add(text);
            }
        }

        if (missing.Count > 0)
        {
            var fresh = Transform(missing, cancellationToken);
            if (cache.Count + missing.Count > CacheLimit)
            {
                cache.Clear();
            }

            for (var i = 0; i < missing.Count; i++)
            {
                cache.TryAdd(missing[i], fresh[i]);
            }

            for (var i = 0; i < texts.Count; i++)
            {
                result[i] ??= fresh[positions[texts[i]!]];
            }
        }

        return result;
    }

    /// <summary>Empties the cache of featurized texts (benchmarks measure rounds whose texts are all new with it).</summary>
    internal void ForgetFeaturized()
    {
        cache.Clear();
        composedCache.Clear();
        lexicon?.ForgetAnalysed();
    }

    private SparseVector[] Transform(List<string> texts, CancellationToken cancellationToken)
    {
        var result = new SparseVector[texts.Count];
        var slices = texts.Count < 2 * ParallelBatch ? 1 : Math.Min(Environment.ProcessorCount, texts.Count / ParallelBatch);
        var size = (texts.Count + slices - 1) / Math.Max(1, slices);
        var views = new List<(int Start, IDataView View)>();
        for (var start = 0; start < texts.Count; start += size)
        {
            var rows = new List<TextRow>(Math.Min(size, texts.Count - start));
            for (var i = start; i < Math.Min(texts.Count, start + size); i++)
            {
                rows.Add(new TextRow { Text = texts[i] });
            }

            views.Add((start, transformer.Transform(ml.Data.LoadFromEnumerable(rows))));
        }

        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = views.Count };
        Parallel.ForEach(views, options, slice => Read(slice.View, result, slice.Start, cancellationToken));
        return result;
    }

    private void Read(IDataView view, SparseVector[] result, int start, CancellationToken cancellationToken)
    {
        // Only the groups that count are asked for: ML.NET computes a column only when a cursor reads it.
        var columns = TextPipeline.Outputs.Select(name => view.Schema[name]).ToArray();
        using var cursor = view.GetRowCursor(columns.Where((_, g) => scales[g] > 0));
        var getters = columns.Select((c, g) => scales[g] > 0 ? cursor.GetGetter<VBuffer<float>>(c) : null).ToArray();
        var buffers = new VBuffer<float>[columns.Length];
        var features = Space;
        var ids = new List<int>(256);
        var values = new List<float>(256);
        var row = start;
        while (cursor.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            ids.Clear();
            values.Clear();
            for (var g = 0; g < getters.Length; g++)
            {
                if (scales[g] <= 0)
                {
                    continue;
                }

                getters[g]!(ref buffers[g]);
                var offset = features.Offset((FeatureGroup)g);
                var scale = (float)scales[g];
                var groupValues = buffers[g].GetValues();
                if (buffers[g].IsDense)
                {
                    for (var i = 0; i < groupValues.Length; i++)
                    {
                        if (groupValues[i] != 0)
                        {
                            ids.Add(offset + i);
                            values.Add(groupValues[i] * scale);
                        }
                    }
                }
                else
                {
                    var indices = buffers[g].GetIndices();
                    for (var i = 0; i < groupValues.Length; i++)
                    {
                        if (groupValues[i] != 0)
                        {
                            ids.Add(offset + indices[i]);
                            values.Add(groupValues[i] * scale);
                        }
                    }
                }
            }

            result[row++] = SparseVector.Normalized([.. ids], [.. values]);
        }
    }

    /// <summary>
    /// One document per thesaurus concept, its English and French forms: fitted beside the corpus so that every concept, and
    /// every word of a form, has a key and an IDF even where the corpus never used it (ML.NET's dictionaries drop what the
    /// fit data lacks). It counts once in each term's document frequency, a light smoothing.
    /// </summary>
    private static IEnumerable<TextRow> ThesaurusDocuments() => ConceptThesaurus.BuiltIn.Concepts.Select(c => new TextRow
    {
        Text = string.Join(", ", c.English.Concat(c.French).Select(f => f.Replace("*", "", StringComparison.Ordinal))),
    });

    private static MLContext CreateContext()
    {
        var ml = new MLContext(seed: 20_27);
        ml.ComponentCatalog.RegisterAssembly(typeof(ConceptMappingFactory).Assembly);
        return ml;
    }

    private static DataViewSchema InputSchema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<TextRow>()).Schema;

    private static string ComputeVersion(TextModelOptions options, IReadOnlyList<double> weights, string trainingSha, string? lexiconIdentity)
    {
        var description = $"{options.Describe()};weights={string.Join(',', weights.Select(w => w.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))};"
            + $"data={trainingSha};thesaurus={ThesaurusHash()};lexicon={lexiconIdentity}";
        return $"{Family}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description)))[..12]}";
    }

    internal static string ThesaurusHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ConceptThesaurus.BuiltIn.Describe())));

    /// <summary>SHA-256 of the documents as used (one per line, '\n'-terminated, in order).</summary>
    public static string Hash(IEnumerable<string> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The pipeline's input row. Public because ML.NET reads it by reflection.</summary>
    public sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}

/// <summary>What the saved zip carries beside ML.NET's transformer.</summary>
internal sealed record ModelSettings
{
    public required string Version { get; init; }
    public required TextModelOptions Options { get; init; }
    public required double[] GroupWeights { get; init; }
    public required string TrainingDataSha256 { get; init; }
    public required string ThesaurusSha256 { get; init; }
    /// <summary>The lexicon the weights were learned with (<see cref="Lexicon.Lexicon.Identity"/>); null without one.</summary>
    public string? LexiconIdentity { get; init; }
}
