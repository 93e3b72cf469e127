namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>Waits for a worker's job to have done something, polling; not for time to pass.</summary>
internal static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(30)).TotalMilliseconds;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}; last seen: {value}");
            }

            await Task.Delay(100);
        }
    }
}
