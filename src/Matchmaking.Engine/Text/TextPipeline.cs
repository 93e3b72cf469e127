using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Matchmaking.Engine.Text;

/// <summary>
/// The ML.NET estimator chain of the text model. One text column in; one L2-normalized vector column per feature group out:
/// normalize (lower case, no diacritics) → words (split on spaces and punctuation) → concepts of the thesaurus (a registered
/// <c>CustomMapping</c>, on the words with their stop words, which phrases need) → English and French stop words removed →
/// word keys → TF-IDF unigrams and bigrams; character n-grams of the remaining words; TF-IDF concepts; hashed words.
/// </summary>
internal static class TextPipeline
{
    public const string Input = "Text";
    public const string Normalized = "Normalized";
    public const string Tokens = "Tokens";
    public const string Content = "Content";
    public const string WordKeys = "WordKeys";
    public const string CharKeys = "CharKeys";
    public const string ConceptKeys = "ConceptKeys";

    /// <summary>The output column of each group, in <see cref="FeatureGroup"/> order.</summary>
    public static readonly string[] Outputs = ["Words", "Bigrams", "Chars", "ConceptFeatures", "HashedWords"];

    private const string RawWords = "RawWords";
    private const string RawBigrams = "RawBigrams";
    private const string RawChars = "RawChars";
    private const string RawConcepts = "RawConcepts";
    private const string RawHashed = "RawHashed";
    private const int HashBits = 18;

    /// <summary>Everything that is neither a letter nor a digit separates words, as <see cref="TextNormalizer"/> does.</summary>
    private static readonly char[] Separators =
    [
        ' ', '\t', '\n', '\r', '\'', '’', '‘', '"', '“', '”', '«', '»', '-', '‐', '–', '—', '_', ',', '.', ';', ':', '!', '?', '(',
        ')', '[', ']', '{', '}', '/', '\\', '|', '+', '=', '*', '&', '%', '$', '€', '#', '@', '<', '>', '~', '^', '`', '…', '·',
        '•', '\u00a0',
    ];

    public static IEstimator<ITransformer> Build(MLContext ml, TextModelOptions options)
    {
        var text = ml.Transforms.Text;
        var pipeline = text.NormalizeText(Normalized, Input, TextNormalizingEstimator.CaseMode.Lower, keepDiacritics: false,
                keepPunctuations: true, keepNumbers: true)
            .Append(text.TokenizeIntoWords(Tokens, Normalized, Separators))
            .Append(ml.Transforms.CustomMapping<ConceptMappingInput, ConceptMappingOutput>(
                ConceptMappingFactory.Map, ConceptMappingFactory.ContractName))
            .Append(text.RemoveStopWords(Content, Tokens, StopWords.All))
            .Append(ml.Transforms.Conversion.MapValueToKey(WordKeys, Content))
            .Append(text.ProduceNgrams(RawWords, WordKeys, ngramLength: 1, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(text.ProduceNgrams(RawBigrams, WordKeys, ngramLength: 2, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(text.TokenizeIntoCharactersAsKeys(CharKeys, Content, useMarkerCharacters: true))
            .Append(text.ProduceNgrams(RawChars, CharKeys, ngramLength: options.CharNgramLength, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.Conversion.MapValueToKey(ConceptKeys, nameof(ConceptMappingOutput.Concepts)))
            .Append(text.ProduceNgrams(RawConcepts, ConceptKeys, ngramLength: 1, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(text.ProduceHashedWordBags(RawHashed, Content, numberOfBits: HashBits, ngramLength: 1, useAllLengths: false))
            .Append(ml.Transforms.NormalizeLpNorm(Outputs[0], RawWords))
            .Append(ml.Transforms.NormalizeLpNorm(Outputs[1], RawBigrams))
            .Append(ml.Transforms.NormalizeLpNorm(Outputs[2], RawChars))
            .Append(ml.Transforms.NormalizeLpNorm(Outputs[3], RawConcepts))
            .Append(ml.Transforms.NormalizeLpNorm(Outputs[4], RawHashed));
        return pipeline;
    }
}
