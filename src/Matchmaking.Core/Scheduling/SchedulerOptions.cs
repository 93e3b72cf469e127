using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Scheduling;

public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>This process's id in the cluster; empty generates a unique one (host name and time).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Jobs one worker process runs at a time.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// How long an idle worker waits before looking for due triggers again. A trigger scheduled by another process
    /// (a web-only host) is seen within this time.
    /// </summary>
    public TimeSpan IdleWaitTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often each worker tells the cluster it is alive.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this long without a check-in, another worker recovers a dead worker's jobs.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);
}
