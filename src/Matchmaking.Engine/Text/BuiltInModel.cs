using System.Reflection;
using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>
/// The model shipped with the engine: the ml-models/ artifact embedded as a resource, so no folder is needed at run time.
/// </summary>
internal static class BuiltInModel
{
    public const string ArtifactResource = "Matchmaking.Engine.text-model.tsv";
    public const string CorpusResourcePrefix = "Matchmaking.Engine.corpus.";

    public static TextModel Create()
    {
        var assembly = typeof(BuiltInModel).Assembly;
        using var artifact = assembly.GetManifestResourceStream(ArtifactResource);
        return artifact is not null ? TextModel.Load(artifact) : TextModel.Fit(Corpus(assembly), TextModelOptions.Default);
    }

    /// <summary>The training corpus embedded alongside: one document per non-empty line, comment lines start with '#'.</summary>
    public static IEnumerable<string> Corpus(Assembly assembly)
    {
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(CorpusResourcePrefix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    yield return line;
                }
            }
        }
    }
}
