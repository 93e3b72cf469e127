using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Exponential backoff with full jitter: after the n-th failure, wait a uniformly random time between zero and
/// min(MaxDelay, BaseDelay * 2^(n-1)). Spreading retries over the whole window keeps many failed notifications from
/// hitting a recovering mail server at the same instant. The random source is given, so tests can fix it.
/// </summary>
internal sealed class DeliveryBackoff(Func<double> unitRandom)
{
    /// <summary>Backoff drawing from <see cref="Random.Shared"/>; jitter needs no cryptographic randomness.</summary>
    public static DeliveryBackoff Shared { get; } = new(Random.Shared.NextDouble);

    public TimeSpan After(int failures, TimeSpan baseDelay, TimeSpan maxDelay) => Delay(failures, baseDelay, maxDelay, unitRandom());

    /// <inheritdoc cref="Backoff.Delay"/>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double unit) =>
        Backoff.Delay(failures, baseDelay, maxDelay, unit);
}
