using Matchmaking.Engine.Text.Lexicon;

namespace Matchmaking.Core.Matching;

/// <summary>
/// Reads the lexicon from Debian's packages at run time, as the embedded default reads Debian's PostgreSQL:
/// <c>dict-freedict-fra-eng</c> and <c>dict-freedict-eng-fra</c> (GPL-2+, in /usr/share/dictd) and <c>wordnet-base</c>
/// (WordNet 3.0 licence, in /usr/share/wordnet). The product ships none of their data; without them the lexical groups
/// are left out and the model's version says so.
/// </summary>
public static class LexiconFiles
{
    public const string DebianDictionaries = "/usr/share/dictd";
    public const string DebianWordNet = "/usr/share/wordnet";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Lexicon> Loaded = new(StringComparer.Ordinal);

    /// <summary>The files missing from the two folders; empty when the lexicon can be read.</summary>
    public static IReadOnlyList<string> Missing(string dictionaries, string wordNet) =>
    [
        .. DictionaryFiles.Select(f => Path.Combine(dictionaries, f)).Concat(WordNetFiles.Select(f => Path.Combine(wordNet, f)))
            .Where(path => !File.Exists(path)),
    ];

    /// <summary>The lexicon of these folders, read once per process (about 2 s), or null when a file is missing.</summary>
    public static Lexicon? TryRead(string? dictionaries = null, string? wordNet = null)
    {
        dictionaries = string.IsNullOrWhiteSpace(dictionaries) ? DebianDictionaries : dictionaries;
        wordNet = string.IsNullOrWhiteSpace(wordNet) ? DebianWordNet : wordNet;
        if (Missing(dictionaries, wordNet).Count > 0)
        {
            return null;
        }

        var key = dictionaries + "\n" + wordNet;
        lock (Gate)
        {
            if (!Loaded.TryGetValue(key, out var lexicon))
            {
                Loaded[key] = lexicon = Lexicon.Read(new LexiconSources
                {
                    FrenchEnglishIndex = File.OpenRead(Path.Combine(dictionaries, DictionaryFiles[0])),
                    FrenchEnglishData = File.OpenRead(Path.Combine(dictionaries, DictionaryFiles[1])),
                    EnglishFrenchIndex = File.OpenRead(Path.Combine(dictionaries, DictionaryFiles[2])),
                    EnglishFrenchData = File.OpenRead(Path.Combine(dictionaries, DictionaryFiles[3])),
                    OpenWordNet = name => File.OpenRead(Path.Combine(wordNet, name)),
                });
            }

            return lexicon;
        }
    }

    private static readonly string[] DictionaryFiles =
        ["freedict-fra-eng.index", "freedict-fra-eng.dict.dz", "freedict-eng-fra.index", "freedict-eng-fra.dict.dz"];

    private static readonly string[] WordNetFiles =
    [
        .. new[] { "noun", "verb", "adj", "adv" }.SelectMany(p => new[] { $"index.{p}", $"data.{p}", $"{p}.exc" }),
    ];
}
