namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>
/// The one way a test waits for something to happen (a worker's job, a mail, a restart): it polls until it has, then goes
/// on at once, or fails saying what did not happen. Never a fixed sleep: for time to pass, move a TimeProvider.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Reads until <paramref name="done"/> holds and returns that value; fails with the last value seen.</summary>
    public static Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null) =>
        UntilAsync(read, done, last => $"Timed out waiting until {what}; last seen: {last}", timeout);

    /// <summary>As above, with the failure written from the last value seen (a job history, a worker's log).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, Func<T, string> failure, TimeSpan? timeout = null)
    {
        var (value, reached) = await PollAsync(read, done, timeout);
        Assert.True(reached, failure(value));
        return value;
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        UntilAsync(condition, held => held, _ => $"Timed out waiting until {what}", timeout);

    /// <summary>
    /// Reads until <paramref name="done"/> holds or the time is up, and returns the last value either way: for callers that
    /// assert on it themselves and say more than "timed out" (a failed round's status, the mail that did arrive).
    /// </summary>
    public static async Task<T> LastAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null) =>
        (await PollAsync(read, done, timeout)).Value;

    /// <summary>Runs <paramref name="action"/> until it stops throwing (a pool reconnecting after a restart); rethrows the last error.</summary>
    public static async Task<T> SucceedsAsync<T>(Func<Task<T>> action, TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? DefaultTimeout).TotalMilliseconds;
        while (true)
        {
            try
            {
                return await action();
            }
            catch (Exception) when (Environment.TickCount64 < deadline)
            {
                await Task.Delay(Interval);
            }
        }
    }

    private static async Task<(T Value, bool Reached)> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? DefaultTimeout).TotalMilliseconds;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return (value, true);
            }

            if (Environment.TickCount64 > deadline)
            {
                return (value, false);
            }

            await Task.Delay(Interval);
        }
    }
}
