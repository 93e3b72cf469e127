using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 loaded once: its ONNX graph in one ONNX Runtime session and its WordPiece vocabulary in ML.NET's BERT
/// tokenizer (lower case, accents removed, as the model's own uncased tokenizer does). Both are safe to use from several
/// threads at once.
/// </summary>
internal sealed class MiniLmSession
{
    /// <summary>sentence-transformers' max_seq_length for this model, [CLS] and [SEP] included: longer texts are cut.</summary>
    public const int MaxTokens = 256;
    public const int Dimensions = 384;

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly string[] _outputNames;

    private MiniLmSession(InferenceSession session, BertTokenizer tokenizer)
    {
        _session = session;
        _tokenizer = tokenizer;
        _outputNames = [session.OutputNames[0]];
    }

    public static MiniLmSession Load(string cacheFolder)
    {
        BertTokenizer tokenizer;
        using (var vocabulary = MiniLmFiles.OpenVocabulary())
        {
            tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        }

        // Measured on 124 texts (bench `embeddings`): the package's way (model bytes in a managed array, default options, one
        // padded batch) left the process at 690 MB. Each text runs alone, unpadded, so the activations stay a few MB and a
        // text's vector never depends on its neighbours in a batch; without the arena and the memory pattern freed
        // activations go back to the allocator rather than into ONNX Runtime's pools; one thread per run, as a round job
        // shares two cores with the web process.
        using var options = new SessionOptions
        {
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        InferenceSession session;
        try
        {
            session = new InferenceSession(MiniLmFiles.OnnxPath(cacheFolder), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No writable temporary folder: the bytes from memory, as the package does (some 170 MB more resident).
            session = new InferenceSession(MiniLmFiles.ReadOnnx(), options);
        }

        return new MiniLmSession(session, tokenizer);
    }

    /// <summary>The mean of the last hidden states over the text's tokens, scaled to unit length (sentence-transformers' pooling).</summary>
    public float[] Encode(string text)
    {
        var ids = _tokenizer.EncodeToIds(text, MaxTokens, addSpecialTokens: true, out _, out _);
        var count = ids.Count;
        var inputIds = new long[count];
        var mask = new long[count];
        for (var i = 0; i < count; i++)
        {
            inputIds[i] = ids[i];
            mask[i] = 1;
        }

        long[] shape = [1, count];
        using var inputIdsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[count], shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, InputNames, [inputIdsValue, maskValue, typesValue], _outputNames);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();

        var sums = new double[Dimensions];
        for (var t = 0; t < count; t++)
        {
            var token = hidden.Slice(t * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                sums[d] += token[d];
            }
        }

        var norm = Math.Sqrt(sums.Sum(s => s * s));
        var vector = new float[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            // The mean's 1/count cancels in the normalization.
            vector[d] = (float)(sums[d] / norm);
        }

        return vector;
    }
}
