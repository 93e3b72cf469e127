using System.Globalization;
using Matchmaking.Engine.Text;

namespace Matchmaking.Benchmarks;

/// <summary>reweight &lt;out.zip&gt; &lt;w1..w8&gt;: the shipped model with other group weights, to compare designs with `matchmaking pair --model`.</summary>
internal static class Reweight
{
    public static void Run(string output, IEnumerable<string> weights)
    {
        var model = TextModel.Default.WithWeights([.. weights.Select(w => double.Parse(w, CultureInfo.InvariantCulture))]);
        using var file = File.Create(output);
        model.Save(file);
        Console.WriteLine($"{output}: {model.Version} [{string.Join(", ", model.GroupWeights)}]");
    }
}
