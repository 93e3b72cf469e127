using BenchmarkDotNet.Running;
using Matchmaking.Benchmarks;

// scale (default): stopwatch runs at real and synthetic scale, printing time and memory.
// train: refits the shipped model from ml-models/corpus, rewrites the zip and its manifest, and prints the model card's table.
// evaluate: the same table without rewriting anything.
// bdn: BenchmarkDotNet on the real-scale pairing.
// load: open-loop HTTP load on a running service (bench/load.sh).
// embeddings: the sentence encoder's cold start, time per text and resident memory, beside the package's own encoder.
// lexicon: how long reading the lexicon (FreeDict, WordNet) takes in a fresh process.
// weights: the grid search and cross-validation that chose the shipped group weights (model card).
// embeddings: the sentence encoder's cold start, time per text and memory.
// pair-inputs: writes applicants.csv and mentors.csv for bench/pair-process.sh.
var mode = args.FirstOrDefault() ?? "scale";
switch (mode)
{
    case "train":
    case "evaluate":
        Training.Run(args.Length > 1 ? args[1] : Paths.ModelsFolder(), save: mode == "train");
        break;
    case "pair-inputs":
        // pair-inputs <folder> <applicants> <offers> <realistic|vocab60>
        PairInputs.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4]);
        break;
    case "phases":
        Phases.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        break;
    case "lexicon":
        LexiconLoad.Run();
        break;
    case "weights":
        await WeightSearch.RunAsync(args.Length > 1 ? args[1] : Paths.ModelsFolder());
        break;
    case "embeddings":
        EmbeddingRuns.Run(args[1..]);
        break;
    case "profile":
        Profile.Run();
        break;
    case "load":
        // load <base url> <token> <requests per second> <seconds> <path>...: see bench/load.sh.
        await LoadRun.RunAsync(args[1..]);
        break;
    case "bdn":
        BenchmarkRunner.Run<RealScaleBenchmark>(args: args[1..]);
        break;
    default:
        ScaleRuns.Run(args.Skip(1).Select(int.Parse).DefaultIfEmpty().ToArray());
        break;
}
