using System.Net;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class FollowUpFailureTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = 2027;

    [Fact]
    public async Task AFailingTaskIsRetriedWithGrowingDelaysThenDeadLetteredAndTheSecretariatCanRetryOrCancelIt()
    {
        await host.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.Factory);
        await host.Factory.Services.GetRequiredService<Matchmaking.Core.Calls.CallStore>().EnsureAsync(Year, default);
        var id = await InsertBrokenTaskAsync();
        var runner = host.Factory.Services.GetRequiredService<FollowUpRunner>();
        runner.Jitter = () => 0.5;

        var followUps = host.Factory.Services.GetRequiredService<FollowUpScheduler>();
        await followUps.ScheduleAsync([new ScheduledFollowUp(id, host.Clock.GetUtcNow())], default);

        // Quartz runs each attempt when the moved clock reaches it; the test only moves the clock and watches.
        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var before = host.Clock.GetUtcNow();
            var task = await WaitForAttemptsAsync(followUps, id, attempt);
            if (task.State == "dead_lettered")
            {
                Assert.Equal(5, attempt);
                break;
            }

            Assert.Equal("scheduled", task.State);
            delays.Add(task.NextAttemptAt!.Value - before);
            var trigger = await (await host.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler())
                .GetTrigger(FollowUpJob.RetryTriggerKeyFor(id, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(task.NextAttemptAt, trigger!.StartTimeUtc);
            host.Clock.Set(task.NextAttemptAt.Value);
        }

        // Base delay one minute, doubling, with half of each delay jittered (here at its midpoint).
        Assert.Equal([TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(360)], delays);
        var dead = await (await secretariat.GetAsync($"/api/calls/{Year}/follow-ups?state=dead_lettered")).JsonAsync();
        var deadTask = Assert.Single(dead.EnumerateArray());
        Assert.Contains("broken_kind", deadTask.GetProperty("last_error").GetString(), StringComparison.Ordinal);

        var music = await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await music.PostAsync($"/api/follow-ups/{id}/retry", null));

        var retried = await secretariat.PostAsync($"/api/follow-ups/{id}/retry", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, retried);
        Assert.Equal("scheduled", (await retried.JsonAsync()).GetProperty("state").GetString());
        var cancelled = await secretariat.PostAsync($"/api/follow-ups/{id}/cancel", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, cancelled);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("state").GetString());
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync($"/api/follow-ups/{id}/cancel", null));

        await runner.RunAsync(id, default);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal("cancelled", (await host.Factory.Services.GetRequiredService<FollowUpScheduler>().GetAsync(id, default))!.State);
        await using var connection = host.Factory.OpenConnection();
        Assert.Equal(["retry", "cancel"], (await connection.QueryAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'follow_up' ORDER BY id")).AsList());
    }

    private static async Task<FollowUpView> WaitForAttemptsAsync(FollowUpScheduler followUps, long id, int attempts)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (true)
        {
            var task = (await followUps.GetAsync(id, default))!;
            if (task.Attempts >= attempts || Environment.TickCount64 > deadline)
            {
                Assert.Equal(attempts, task.Attempts);
                return task;
            }

            await Task.Delay(100);
        }
    }

    private async Task<long> InsertBrokenTaskAsync()
    {
        await using var connection = host.Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO follow_ups (call_year, kind, subject, due_at, state, idempotency_key, quartz_job, created_at)
            VALUES (@Year, 'broken_kind', 'a task whose work always fails', @now, 'scheduled', 'test:broken', 'follow-ups.follow-up', @now)
            RETURNING id
            """, new { Year, now = host.Clock.GetUtcNow() });
    }
}
