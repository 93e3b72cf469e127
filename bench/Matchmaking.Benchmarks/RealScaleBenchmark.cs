using BenchmarkDotNet.Attributes;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

[MemoryDiagnoser]
public class RealScaleBenchmark
{
    private PairingRequest request = null!;
    private TextModel model = null!;

    [GlobalSetup]
    public void Setup()
    {
        model = TextModel.Default;
        request = SyntheticRequests.Create(60, 400, EligibilityMode.Call);
    }

    [Benchmark]
    public PairingResult PairRealScale() => PairingEngine.Run(request, model);
}
