using Hangfire.States;
using Matchmaking.Core.FollowUps;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

/// <summary>
/// The real host, with its Hangfire server, whose rules' clock the test moves. Hangfire schedules by the wall clock, so a
/// task due in two days is run by checking that Hangfire holds a job due exactly then, moving the test clock there, and
/// triggering that job now, as the dashboard's "Enqueue now" does: the worker, not the test, then runs it.
/// </summary>
public sealed class LifecycleHost : IAsyncLifetime
{
    public ManualTimeProvider Clock { get; } = new(WholeSecondNow());

    public AppFactory Factory { get; }

    public LifecycleHost() => Factory = new AppFactory
    {
        ConfigureHost = b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
            b.UseSetting("Jobs:SchedulePollingInterval", "00:00:01");
        },
    };

    public Task InitializeAsync() => Factory.InitializeAsync();

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task ResetAsync()
    {
        await Factory.ResetAsync();
        Clock.Set(WholeSecondNow());
    }

    /// <summary>PostgreSQL keeps microseconds, .NET ticks; whole seconds compare equal on both sides.</summary>
    private static DateTimeOffset WholeSecondNow()
    {
        var now = TimeProvider.System.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>A proposal's follow-up tasks of the call, one per kind (the first of each).</summary>
    public async Task<Dictionary<string, FollowUpView>> FollowUpsOfAsync(int year, long proposal) =>
        (await Factory.Services.GetRequiredService<FollowUpStore>().ListAsync(year, default))
        .Where(f => f.ProposalId == proposal).GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Moves the clock to a task's due time and has Hangfire run its job; returns the task as the worker left it.</summary>
    public async Task<FollowUpView> RunAtDueTimeAsync(FollowUpView task)
    {
        var store = Factory.Services.GetRequiredService<FollowUpStore>();
        var current = await WaitForJobAsync(store, task.Id);
        var job = HangfireJobs.Snapshot(Factory.Services, current.JobId!);
        if (Clock.GetUtcNow() < task.DueAt)
        {
            Clock.Set(task.DueAt);
        }

        if (job.State == ScheduledState.StateName)
        {
            Assert.Equal(task.DueAt, job.EnqueueAt!.Value, TimeSpan.FromMilliseconds(1));
            HangfireJobs.TriggerNow(Factory.Services, current.JobId!);
        }
        else
        {
            // Already due when it was recorded (a notice): Hangfire enqueued it at once.
            Assert.True(task.DueAt <= Clock.GetUtcNow(), $"{task.Kind} {task.Id}: job {current.JobId} is {job.State} before its due time");
        }

        return await WaitUntilRunAsync(store, task.Id);
    }

    private static Task<FollowUpView> WaitForJobAsync(FollowUpStore store, long id) =>
        Eventually.UntilAsync(
            async () => (await store.GetAsync(id, default))!, task => task.JobId is not null,
            task => $"{task.Kind} {id} has no Hangfire job", TimeSpan.FromSeconds(10));

    private static Task<FollowUpView> WaitUntilRunAsync(FollowUpStore store, long id) =>
        Eventually.UntilAsync(
            async () => (await store.GetAsync(id, default))!, task => !FollowUpStates.Runnable.Contains(task.State),
            task => $"{task.Kind} {id} did not run: {task.State}");
}
