using System.Diagnostics;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>Where the real-scale time goes: featurizing alone against the whole run.</summary>
internal static class Profile
{
    public static void Run()
    {
        var model = TextModel.Default;
        var real = SyntheticRequests.Create(60, 400, EligibilityMode.Call);
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                model.Featurize([.. real.Mentors.Select(o => o.Expertise), .. real.Applicants.SelectMany(a => new[] { a.Needs, a.Profile })]);
            }

            var featurize = watch.Elapsed.TotalMilliseconds / 20;
            watch.Restart();
            for (var i = 0; i < 20; i++)
            {
                foreach (var offer in real.Mentors)
                {
                    TextNormalizer.Tokenize(offer.Expertise);
                }

                foreach (var applicant in real.Applicants)
                {
                    TextNormalizer.Tokenize(applicant.Needs);
                    TextNormalizer.Tokenize(applicant.Profile);
                }
            }

            Console.Write($"tokenize {watch.Elapsed.TotalMilliseconds / 20:F1} ms, ");
            watch.Restart();
            for (var i = 0; i < 20; i++)
            {
                PairingEngine.Run(real, model);
            }

            Console.WriteLine($"featurize {featurize:F1} ms, whole run {watch.Elapsed.TotalMilliseconds / 20:F1} ms");
        }
    }
}
