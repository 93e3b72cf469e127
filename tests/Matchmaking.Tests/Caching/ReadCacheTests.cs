using Matchmaking.Core.Changes;

namespace Matchmaking.Tests.Caching;

/// <summary>When a cached value may be served, by the change feed's stamp alone (no database).</summary>
public sealed class ReadCacheTests
{
    private readonly ChangeFeed _feed = new();
    private readonly ReadCache<int, int> _cache;
    private int _reads;

    public ReadCacheTests() => _cache = new ReadCache<int, int>(_feed, capacity: 2);

    [Fact]
    public async Task WithoutAListenerEveryReadGoesToTheDatabase()
    {
        await ReadAsync();
        await ReadAsync();

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task WhileNothingChangesTheValueIsReadOnceAndAnyChangeNoticeDropsIt()
    {
        _feed.SetLive(true);
        await ReadAsync();
        await ReadAsync();
        Assert.Equal(1, _reads);

        _feed.Invalidate();
        await ReadAsync();

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task AWriteOfThisProcessMakesReadsGoThroughUntilItEndsAndDropsTheValueAfter()
    {
        _feed.SetLive(true);
        await ReadAsync();
        using (_feed.BeginWrite())
        {
            await ReadAsync();
            await ReadAsync();
        }

        Assert.Equal(3, _reads);
        await ReadAsync();
        Assert.Equal(4, _reads);
        await ReadAsync();
        Assert.Equal(4, _reads);
    }

    [Fact]
    public async Task AChangeDuringTheReadKeepsThatReadFromBeingServedAgain()
    {
        _feed.SetLive(true);
        await _cache.GetOrReadAsync(1, _ =>
        {
            _reads++;
            _feed.Invalidate();
            return Task.FromResult(0);
        }, CancellationToken.None);

        await ReadAsync();

        Assert.Equal(2, _reads);
    }

    [Fact]
    public async Task LosingTheListenerStopsServingFromTheCache()
    {
        _feed.SetLive(true);
        await ReadAsync();
        _feed.SetLive(false);
        await ReadAsync();
        _feed.SetLive(true);
        await ReadAsync();

        Assert.Equal(3, _reads);
    }

    [Fact]
    public async Task PastItsCapacityTheCacheStartsOver()
    {
        _feed.SetLive(true);
        await ReadAsync(1);
        await ReadAsync(2);
        await ReadAsync(3);
        await ReadAsync(1);

        Assert.Equal(4, _reads);
    }

    private Task<int> ReadAsync(int key = 1) => _cache.GetOrReadAsync(key, _ => Task.FromResult(++_reads), CancellationToken.None);
}
