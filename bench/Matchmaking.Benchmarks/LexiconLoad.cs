using System.Diagnostics;
using Matchmaking.Core.Matching;

namespace Matchmaking.Benchmarks;

/// <summary>`lexicon`: the cost of reading Debian's FreeDict and WordNet files into the engine's lexicon, once per process.</summary>
internal static class LexiconLoad
{
    public static void Run()
    {
        var watch = Stopwatch.StartNew();
        var lexicon = LexiconFiles.TryRead() ?? throw new InvalidOperationException("The lexicon's packages are not installed.");
        Console.WriteLine($"read the lexicon ({lexicon.FrenchWords} French words, {lexicon.Synsets} synsets) in {watch.ElapsedMilliseconds} ms; "
            + $"managed heap {GC.GetTotalMemory(true) / 1e6:F0} MB, working set {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB");
    }
}
