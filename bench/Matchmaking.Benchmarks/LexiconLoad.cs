using System.Diagnostics;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Text.Lexicon;

namespace Matchmaking.Benchmarks;

/// <summary>`lexicon`: the cost of reading Debian's FreeDict and WordNet files into the engine's lexicon, once per process.</summary>
internal static class LexiconLoad
{
    public static void Run()
    {
        var watch = Stopwatch.StartNew();
        var dictionary = BilingualDictionary.Read(File.OpenRead("/usr/share/dictd/freedict-fra-eng.index"), File.OpenRead("/usr/share/dictd/freedict-fra-eng.dict.dz"),
            File.OpenRead("/usr/share/dictd/freedict-eng-fra.index"), File.OpenRead("/usr/share/dictd/freedict-eng-fra.dict.dz"));
        Console.WriteLine($"dictionary {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var wordNet = WordNet.Read(name => File.OpenRead(Path.Combine("/usr/share/wordnet", name)));
        Console.WriteLine($"wordnet {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        var lexicon = LexiconFiles.TryRead() ?? throw new InvalidOperationException("The lexicon's packages are not installed.");
        Console.WriteLine($"read the lexicon ({lexicon.FrenchWords} French words, {lexicon.Synsets} synsets) in {watch.ElapsedMilliseconds} ms; "
            + $"managed heap {GC.GetTotalMemory(true) / 1e6:F0} MB, working set {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB");
    }
}
