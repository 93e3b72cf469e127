using System.Diagnostics;
using Matchmaking.Core.Embeddings;
using Matchmaking.Core.Matching;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>Times whole PairingEngine.Run calls (featurize, score, filter, assign, explain) and reports memory.</summary>
internal static class ScaleRuns
{
    public static void Run(int[] applicantCounts)
    {
        var model = TextModelProvider.WithLexicon(TextModel.Default);
        Console.WriteLine($"model {model.Version}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");

        var real = SyntheticRequests.Create(60, 400, EligibilityMode.Call);
        // The service keeps each text's embedding in PostgreSQL, computed once at import: a round reads them.
        var texts = PairingEngine.TextsToEmbed(real, model);
        var encoding = Stopwatch.StartNew();
        real = real with { Embeddings = new SentenceEncoder().EmbedAsync(texts, CancellationToken.None).GetAwaiter().GetResult() };
        Console.WriteLine($"encoded the 60 x 400 call's {texts.Count} texts in {encoding.Elapsed.TotalSeconds:F1} s (once, at import)");
        // "After warm-up": let tiered compilation promote the hot paths before measuring, as a long-running service would
        // have. 40 runs were not enough (the engine's loops run on-stack-replaced tier-0 code for a while, and the median
        // was 17-21 ms); after 300 runs the figures stop moving.
        for (var i = 0; i < 300; i++)
        {
            PairingEngine.Run(real, model);
        }

        Thread.Sleep(500);
        var times = new List<double>();
        PairingResult? result = null;
        for (var i = 0; i < 30; i++)
        {
            var watch = Stopwatch.StartNew();
            result = PairingEngine.Run(real, model);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"real scale 60 x 400 (call rules): median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms; "
            + $"{result!.Pairs.Count} pairs, {result.Unmatched.Count} unmatched");
        var fresh = new List<double>();
        for (var i = 0; i < 30; i++)
        {
            model.ForgetFeaturized();
            var watch = Stopwatch.StartNew();
            PairingEngine.Run(real, model);
            fresh.Add(watch.Elapsed.TotalMilliseconds);
        }

        fresh.Sort();
        Console.WriteLine($"real scale 60 x 400, every text new to the model: median {fresh[fresh.Count / 2]:F1} ms, max {fresh[^1]:F1} ms");

        var sizes = applicantCounts.Any(n => n > 0) ? applicantCounts : [1000, 2000, 5000, 10000];
        foreach (var applicants in sizes)
        {
            var request = SyntheticRequests.Create(applicants, 10_000, EligibilityMode.None, seed: applicants);
            model.ForgetFeaturized();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            using var sampler = new PeakSampler();
            var watch = Stopwatch.StartNew();
            var run = PairingEngine.Run(request, model);
            watch.Stop();
            var managedPeak = sampler.Stop();
            Console.WriteLine($"{applicants,6} x 10000: {watch.Elapsed.TotalSeconds:F2} s, {run.Pairs.Count} pairs, {run.Unmatched.Count} unmatched; "
                + $"managed heap peak {(managedPeak - before) / 1e6:F0} MB above input, allocated {(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / 1e6:F0} MB, "
                + $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        }
    }

    /// <summary>Samples the managed heap every 5 ms on a background thread: GC.GetTotalMemory at the end alone would miss the peak.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread thread;
        private volatile bool running = true;
        private long peak;

        public PeakSampler()
        {
            thread = new Thread(() =>
            {
                while (running)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    Thread.Sleep(5);
                }
            }) { IsBackground = true };
            thread.Start();
        }

        public long Stop()
        {
            running = false;
            thread.Join();
            return peak;
        }

        public void Dispose() => running = false;
    }
}
