namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>
/// A wall clock the test moves by hand (no FakeTimeProvider package is served here). Only <see cref="GetUtcNow"/> is
/// manual: timers and timestamps (elapsed-time measurement) keep running on the real clock.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _now += by;
        }
    }

    public void Set(DateTimeOffset to)
    {
        lock (_gate)
        {
            _now = to.ToUniversalTime();
        }
    }
}
