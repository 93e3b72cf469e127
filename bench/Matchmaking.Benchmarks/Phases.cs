using System.Diagnostics;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>Where a large run's time goes: featurizing every text in one batch against the whole engine run.</summary>
internal static class Phases
{
    public static void Run(int applicants, int offers)
    {
        var model = Matchmaking.Core.Matching.TextModelProvider.WithLexicon(TextModel.Default);
        var request = SyntheticRequests.Create(applicants, offers, EligibilityMode.None, seed: applicants);
        var texts = request.Applicants.SelectMany(a => new string?[] { a.Needs, a.Profile }).Concat(request.Mentors.Select(m => m.Expertise)).ToList();
        var cold = Stopwatch.StartNew();
        model.Featurize([.. texts.Take(10)]);
        Console.WriteLine($"first batch of 10 texts (start-up of the transformer): {cold.Elapsed.TotalMilliseconds:F0} ms");
        var passes = applicants < 1000 ? 30 : 2;
        for (var i = 0; i < passes; i++)
        {
            model.ForgetFeaturized();
            var watch = Stopwatch.StartNew();
            var vectors = model.Featurize(texts);
            Console.WriteLine($"featurize {texts.Count} texts: {watch.Elapsed.TotalMilliseconds:F0} ms, mean nnz {vectors.Average(v => v.Count):F0}");
            model.ForgetFeaturized();
            watch.Restart();
            var result = PairingEngine.Run(request, model);
            Console.WriteLine($"whole run: {watch.Elapsed.TotalMilliseconds:F0} ms, {result.Pairs.Count} pairs");
        }
    }
}
