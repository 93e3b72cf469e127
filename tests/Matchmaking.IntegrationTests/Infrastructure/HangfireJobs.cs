using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Infrastructure;

/// <summary>What the job storage says of a job: its state and, for a scheduled one, when it falls due.</summary>
public sealed record JobSnapshot(string? State, DateTimeOffset? EnqueueAt);

/// <summary>Reads and nudges Hangfire jobs the way the dashboard does, through the host's own job storage.</summary>
public static class HangfireJobs
{
    public static JobSnapshot Snapshot(IServiceProvider services, string jobId)
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        var data = connection.GetJobData(jobId);
        if (data?.State != ScheduledState.StateName)
        {
            return new JobSnapshot(data?.State, null);
        }

        var state = connection.GetStateData(jobId);
        var enqueueAt = JobHelper.DeserializeDateTime(state.Data["EnqueueAt"]);
        return new JobSnapshot(data.State, new DateTimeOffset(DateTime.SpecifyKind(enqueueAt, DateTimeKind.Utc)));
    }

    /// <summary>The dashboard's "Enqueue now" / "Requeue": Hangfire schedules by the wall clock, the tests move their own.</summary>
    public static void TriggerNow(IServiceProvider services, string jobId) =>
        Assert.True(services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId), $"Hangfire could not requeue job {jobId}");

    public static Task<JobSnapshot> WaitForStateAsync(IServiceProvider services, string jobId, string state, TimeSpan? timeout = null) =>
        Eventually.UntilAsync(
            () => Task.FromResult(Snapshot(services, jobId)), snapshot => snapshot.State == state,
            snapshot => $"job {jobId} is {snapshot.State}, not {state}", timeout);
}
