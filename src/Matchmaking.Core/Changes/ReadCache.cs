using System.Collections.Concurrent;

namespace Matchmaking.Core.Changes;

/// <summary>
/// Values read from the database, kept while the <see cref="ChangeFeed"/> says nothing has changed since they were read.
/// Bounded: past <paramref name="capacity"/> entries it starts over.
/// </summary>
public sealed class ReadCache<TKey, TValue>(ChangeFeed feed, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async Task<TValue> GetOrReadAsync(TKey key, Func<CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        // The stamp is taken before the read: a change committed during the read moves it, and the entry is not served.
        var stamp = feed.Stamp();
        if (stamp is { } current && _entries.TryGetValue(key, out var entry) && entry.Stamp == current)
        {
            return entry.Value;
        }

        var value = await read(cancellationToken);
        if (stamp is not null)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }

            _entries[key] = new Entry(stamp.Value, value);
        }

        return value;
    }

    private sealed record Entry(long Stamp, TValue Value);
}
