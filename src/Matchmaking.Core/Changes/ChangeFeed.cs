namespace Matchmaking.Core.Changes;

/// <summary>
/// Tells the read caches whether what they hold may still be served. A cache entry is tagged with the stamp taken before
/// it was read from the database, and served while the stamp is unchanged. The stamp moves on every change notice from
/// PostgreSQL (any process's commit, <see cref="ChangeListener"/>), when the listener connects or loses its connection,
/// and when a write in this process ends (<see cref="BeginWrite"/>), so a client always reads its own writes: a notice
/// arrives only shortly after the commit. There is no stamp, and the caches read through, while the listener is not
/// connected or while a write of this process is under way.
/// </summary>
public sealed class ChangeFeed
{
    private long _stamp;
    private int _writesInFlight;
    private volatile bool _live;

    /// <summary>The current stamp, or null when nothing may be served from a cache.</summary>
    public long? Stamp() => _live && Volatile.Read(ref _writesInFlight) == 0 ? Interlocked.Read(ref _stamp) : null;

    /// <summary>Something may have changed: every cache entry is out of date.</summary>
    public void Invalidate() => Interlocked.Increment(ref _stamp);

    /// <summary>A write of this process (a request that may change data, a job): caches read through until it ends.</summary>
    public IDisposable BeginWrite()
    {
        Interlocked.Increment(ref _writesInFlight);
        return new WriteScope(this);
    }

    internal void SetLive(bool live)
    {
        // Either way notices may have been missed: before LISTEN took effect, or while the connection was down.
        _live = live;
        Invalidate();
    }

    private sealed class WriteScope(ChangeFeed feed) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                feed.Invalidate();
                Interlocked.Decrement(ref feed._writesInFlight);
            }
        }
    }
}
