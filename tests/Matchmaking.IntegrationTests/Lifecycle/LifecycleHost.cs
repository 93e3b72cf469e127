using Matchmaking.Core.FollowUps;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Matchmaking.IntegrationTests.Lifecycle;

/// <summary>
/// The real host whose clock the test moves. A task is run by checking that Quartz holds a trigger for exactly its due
/// time, moving the clock there, and running the job's work; Quartz, on the same clock, may fire it too, which the
/// exactly-once design makes harmless.
/// </summary>
public sealed class LifecycleHost : IAsyncLifetime
{
    public ManualTimeProvider Clock { get; } = new(WholeSecondNow());

    public AppFactory Factory { get; }

    public LifecycleHost() => Factory = new AppFactory
    {
        ConfigureHost = b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock)),
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

    /// <summary>Moves the clock to a task's due time and runs it, as its Quartz trigger would.</summary>
    public async Task RunAtDueTimeAsync(FollowUpView task)
    {
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(FollowUpJob.TriggerKeyFor(task.Id));
        if (trigger is not null)
        {
            Assert.Equal(task.DueAt, trigger.StartTimeUtc);
        }
        else
        {
            // Quartz takes the host's TimeProvider too: a task already due on the moved clock may have fired by itself and its
            // trigger been removed. Running it again below must then change nothing.
            Assert.True(task.DueAt <= Clock.GetUtcNow(), $"Quartz holds no trigger for {task.Kind} {task.Id}");
        }
        if (Clock.GetUtcNow() < task.DueAt)
        {
            Clock.Set(task.DueAt);
        }

        await Factory.Services.GetRequiredService<FollowUpRunner>().RunAsync(task.Id, CancellationToken.None);
    }
}
