using System.Collections.Concurrent;

namespace Matchmaking.Engine.Text;

/// <summary>
/// A thread-safe memo of values that never change for their key (a text's vector under one model, a word's stem), emptied
/// when it reaches its limit: the keys a round re-reads come back at once, and memory stays bounded.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new(comparer);

    public int Count => values.Count;

    public bool TryGetValue(TKey key, out TValue value) => values.TryGetValue(key, out value!);

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = compute(key);
        Add(key, value);
        return value;
    }

    /// <summary>Keeps a value, emptying the cache first when it would go over its limit.</summary>
    public void Add(TKey key, TValue value)
    {
        if (values.Count >= limit)
        {
            values.Clear();
        }

        values.TryAdd(key, value);
    }

    public void Clear() => values.Clear();
}
