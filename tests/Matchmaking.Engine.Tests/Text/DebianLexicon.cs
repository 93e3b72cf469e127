using System.Diagnostics;
using Matchmaking.Engine.Text.Lexicon;

namespace Matchmaking.Engine.Tests.Text;

/// <summary>
/// The lexicon read from Debian's FreeDict and WordNet packages, once per test run. Where they are missing and the tests run
/// as root, they are installed with apt-get first, as the browser tests install Chromium.
/// </summary>
internal static class DebianLexicon
{
    private const string Dictionaries = "/usr/share/dictd";
    private const string WordNetFolder = "/usr/share/wordnet";
    private static readonly Lazy<Lexicon> Loaded = new(Load);

    public static Lexicon Instance => Loaded.Value;

    private static Lexicon Load()
    {
        if (!File.Exists(Path.Combine(Dictionaries, "freedict-fra-eng.index")) || !File.Exists(Path.Combine(WordNetFolder, "data.noun")))
        {
            Install();
        }

        return Lexicon.Read(new LexiconSources
        {
            FrenchEnglishIndex = File.OpenRead(Path.Combine(Dictionaries, "freedict-fra-eng.index")),
            FrenchEnglishData = File.OpenRead(Path.Combine(Dictionaries, "freedict-fra-eng.dict.dz")),
            EnglishFrenchIndex = File.OpenRead(Path.Combine(Dictionaries, "freedict-eng-fra.index")),
            EnglishFrenchData = File.OpenRead(Path.Combine(Dictionaries, "freedict-eng-fra.dict.dz")),
            OpenWordNet = name => File.OpenRead(Path.Combine(WordNetFolder, name)),
        });
    }

    private static void Install()
    {
        foreach (var arguments in new[] { "update -qq", "install -y -qq --no-install-recommends dict-freedict-fra-eng dict-freedict-eng-fra wordnet-base" })
        {
            var start = new ProcessStartInfo("apt-get", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }
    }
}
