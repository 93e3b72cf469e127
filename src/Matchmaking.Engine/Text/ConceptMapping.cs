using System.Collections.Concurrent;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace Matchmaking.Engine.Text;

/// <summary>The text model's concept layer: the words of a text in, the thesaurus concepts they carry out (one per occurrence).</summary>
public sealed class ConceptMappingInput
{
    [VectorType]
    public string[] Tokens { get; set; } = [];
}

public sealed class ConceptMappingOutput
{
    [VectorType]
    public string[] Concepts { get; set; } = [];
}

/// <summary>
/// The thesaurus as an ML.NET <c>CustomMapping</c>, saved by contract name so that <c>Model.Load</c> finds it again. The factory
/// takes no arguments (ML.NET creates it by type), so it serves the built-in thesaurus; the model's version hashes the thesaurus
/// and <see cref="TextModel.Load"/> refuses a model fitted with another one, so a saved model never silently changes meaning.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class ConceptMappingFactory : CustomMappingFactory<ConceptMappingInput, ConceptMappingOutput>
{
    public const string ContractName = "Matchmaking.Concepts.v1";

    // A word's lookup (stem, prefixes, phrases it may start) is worth caching: texts repeat their words. Bounded so that hostile
    // input cannot grow it without limit; mappings run on several threads.
    private const int CacheLimit = 200_000;
    private static readonly ConcurrentDictionary<string, ConceptWord> Cache = new(StringComparer.Ordinal);

    public static void Map(ConceptMappingInput input, ConceptMappingOutput output)
    {
        var thesaurus = ConceptThesaurus.BuiltIn;
        var words = new List<ConceptWord>(input.Tokens.Length);
        foreach (var token in input.Tokens)
        {
            if (!Cache.TryGetValue(token, out var word))
            {
                if (Cache.Count >= CacheLimit)
                {
                    Cache.Clear();
                }

                word = Cache.GetOrAdd(token, thesaurus.Lookup);
            }

            words.Add(word);
        }

        var concepts = new List<string>();
        ConceptThesaurus.Match(words, id => concepts.Add(thesaurus.Concepts[id].Id));
        output.Concepts = [.. concepts];
    }

    public override Action<ConceptMappingInput, ConceptMappingOutput> GetMapping() => Map;
}
