using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Jobs;

/// <summary>Hangfire's server and storage settings (section <c>Jobs</c>).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>This process's name among the job servers; empty uses the host name and process id.</summary>
    public string? ServerName { get; set; }

    /// <summary>Jobs one worker process runs at a time.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>The queues this worker takes jobs from, in priority order; empty takes all three.</summary>
    /// <remarks>No default in the property itself: the configuration binder appends to an array that already has items.</remarks>
    public string[] Queues { get; set; } = [];

    public string[] EffectiveQueues => Queues.Length > 0 ? Queues : JobQueues.All;

    /// <summary>
    /// A job fetched by a worker stays invisible to the others while that worker's heartbeat keeps it so (sliding); a worker
    /// killed mid-job stops the heartbeat and another worker takes the job after this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Hangfire's locks on PostgreSQL are rows: a lock held when the database went away (a restart, a lost connection) is
    /// never released, and is taken over only when it is older than this. Hangfire.PostgreSql's default of ten minutes would
    /// hold the scheduler, or a job's state changes, that long after every database restart; the locks this service takes
    /// are held for milliseconds, except by the recurring jobs marked not to run concurrently (sweep, digest, sync, inbox),
    /// whose work is idempotent.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00")]
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle worker looks for enqueued jobs (LISTEN/NOTIFY wakes it sooner).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often delayed jobs and recurring jobs that fell due are enqueued.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a worker tells the others it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A server silent for this long is considered dead (removed from the servers list and from /health).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ServerTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A follow-up whose wake-up was never recorded (its process died between the commit and the scheduling) is scheduled
    /// by the sweep after this grace time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Waits before Hangfire wakes a job again when the database was unreachable (see <see cref="StorageUnavailableException"/>).</summary>
    public int[] StorageRetryDelaysInSeconds { get; set; } = [];

    public int[] EffectiveStorageRetryDelays => StorageRetryDelaysInSeconds.Length > 0
        ? StorageRetryDelaysInSeconds
        : [2, 5, 10, 20, 30, 60, 60, 120, 300, 600];
}
