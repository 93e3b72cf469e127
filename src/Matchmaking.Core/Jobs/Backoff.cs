namespace Matchmaking.Core.Jobs;

/// <summary>
/// Exponential backoff: after the n-th failure the retry falls in a window of min(maxDelay, baseDelay * 2^(n-1)); where
/// in the window is the caller's jitter (notifications spread over the whole window, follow-ups over its second half).
/// </summary>
public static class Backoff
{
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
