using System.Numerics;

namespace Matchmaking.Engine.Assignment;

/// <summary>Language sets as bit masks over the languages of one run, so "do they share a language" is a few AND operations.</summary>
internal sealed class LanguageMasks
{
    private readonly Dictionary<string, int> bits = new(StringComparer.Ordinal);
    private readonly List<string> codes = [];

    public ulong[] Mask(IEnumerable<string> languages)
    {
        var indices = new List<int>();
        foreach (var language in languages)
        {
            var code = language.ToLowerInvariant();
            if (!bits.TryGetValue(code, out var bit))
            {
                bit = codes.Count;
                bits[code] = bit;
                codes.Add(code);
            }

            indices.Add(bit);
        }

        var mask = new ulong[(indices.Count == 0 ? 0 : indices.Max() / 64) + 1];
        foreach (var bit in indices)
        {
            mask[bit / 64] |= 1UL << (bit % 64);
        }

        return mask;
    }

    public static int SharedCount(ulong[] a, ulong[] b)
    {
        var shared = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            shared += BitOperations.PopCount(a[i] & b[i]);
        }

        return shared;
    }

    public static int Count(ulong[] a)
    {
        var count = 0;
        foreach (var word in a)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }
}
