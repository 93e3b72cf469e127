using Matchmaking.Core.Notifications;

namespace Matchmaking.Tests.Notifications;

public sealed class DeliveryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Fact]
    public void TheWindowDoublesAfterEachFailureUntilTheCap()
    {
        var windows = Enumerable.Range(1, 7).Select(n => DeliveryBackoff.Delay(n, Base, Max, 1.0).TotalSeconds).ToList();

        Assert.Equal([30, 60, 120, 240, 480, 600, 600], windows);
        Assert.Equal(Max, DeliveryBackoff.Delay(1000, Base, Max, 1.0));
    }

    [Fact]
    public void FullJitterSpreadsRetriesOverTheWholeWindow()
    {
        var random = new Random(20270409);
        var delays = Enumerable.Range(0, 2000).Select(_ => new DeliveryBackoff(random.NextDouble).After(3, Base, Max)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(120)));
        Assert.Contains(delays, d => d < TimeSpan.FromSeconds(20));
        Assert.Contains(delays, d => d > TimeSpan.FromSeconds(100));
        Assert.Equal(TimeSpan.Zero, DeliveryBackoff.Delay(3, Base, Max, 0.0));
    }
}
