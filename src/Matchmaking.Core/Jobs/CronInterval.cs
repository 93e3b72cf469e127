using System.Globalization;

namespace Matchmaking.Core.Jobs;

/// <summary>
/// The configured polling intervals (TimeSpans) as Hangfire cron expressions: seconds below a minute (a six-field cron),
/// minutes below an hour, hours below a day. Steps restart at each minute, hour or day, so an interval that does not
/// divide it evenly (7 minutes) runs a little early once per hour.
/// </summary>
public static class CronInterval
{
    public static string For(TimeSpan interval)
    {
        var seconds = (long)Math.Round(interval.TotalSeconds);
        return seconds switch
        {
            < 1 => throw new ArgumentOutOfRangeException(nameof(interval), interval, "A polling interval must be at least one second."),
            < 60 => string.Create(CultureInfo.InvariantCulture, $"*/{seconds} * * * * *"),
            < 3600 when seconds % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"0 */{seconds / 60} * * * *"),
            < 86400 when seconds % 3600 == 0 => string.Create(CultureInfo.InvariantCulture, $"0 0 */{seconds / 3600} * * *"),
            86400 => "0 0 0 * * *",
            _ => throw new ArgumentOutOfRangeException(nameof(interval), interval,
                "A polling interval must be whole seconds below a minute, whole minutes below an hour, whole hours, or one day."),
        };
    }
}
