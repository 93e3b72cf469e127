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

    /// <param name="failures">Failed attempts so far, at least 1.</param>
    /// <param name="unit">A number in [0, 1]: where in the window this retry falls.</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double unit)
    {
        // In seconds as doubles, so 2^n cannot overflow TimeSpan before the cap applies.
        var exponential = baseDelay.TotalSeconds * Math.Pow(2, Math.Max(0, failures - 1));
        var window = Math.Min(maxDelay.TotalSeconds, exponential);
        return TimeSpan.FromSeconds(window * Math.Clamp(unit, 0.0, 1.0));
    }
}
