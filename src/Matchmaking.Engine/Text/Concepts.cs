using System.Text;

namespace Matchmaking.Engine.Text;

/// <summary>
/// The built-in thesaurus, curated by hand for the programme's domain (the seven creative fields, heritage, training,
/// festivals, markets, tourism, archives, policy, cooperation). It lives in <c>ml-models/thesaurus/concepts.txt</c>, embedded
/// in the assembly; the file's header explains its format. See <see cref="ConceptThesaurus"/>.
/// </summary>
internal static class Concepts
{
    public const string Resource = "Matchmaking.Engine.thesaurus.concepts.txt";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(Concepts).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The thesaurus resource {Resource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The thesaurus text, in the format <see cref="ConceptThesaurus.Parse"/> reads.</summary>
    public static string Source => Text.Value;
}
