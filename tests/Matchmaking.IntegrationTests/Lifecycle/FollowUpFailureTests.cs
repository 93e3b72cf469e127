using System.Net;
using Dapper;
using Hangfire;
using Hangfire.States;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class FollowUpFailureTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = 2027;

    [Fact]
    public async Task AFailingTaskIsRetriedWithGrowingDelaysThenDeadLetteredAndTheSecretariatCanRetryOrCancelIt()
    {
        await host.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.Factory);
        var (id, delays) = await DeadLetterABrokenTaskAsync();

        // Base delay one minute, doubling, with half of each delay jittered (here at its midpoint).
        Assert.Equal([TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(360)], delays);
        var dead = await (await secretariat.GetAsync($"/api/calls/{Year}/follow-ups?state=dead_lettered")).JsonAsync();
        var deadTask = Assert.Single(dead.EnumerateArray());
        Assert.Contains("broken_kind", deadTask.GetProperty("last_error").GetString(), StringComparison.Ordinal);
        // The dead-lettering run failed its Hangfire job too: the dashboard lists it among the failed jobs.
        var failedJob = deadTask.GetProperty("job_id").GetString()!;
        Assert.Equal(FailedState.StateName, HangfireJobs.Snapshot(host.Factory.Services, failedJob).State);

        var music = await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await music.PostAsync($"/api/follow-ups/{id}/retry", null));

        var retried = await secretariat.PostAsync($"/api/follow-ups/{id}/retry", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, retried);
        Assert.Equal("scheduled", (await retried.JsonAsync()).GetProperty("state").GetString());
        // The retry requeued the same failed job, so it leaves the dashboard's failed list, and the worker runs it again.
        var rerun = await WaitForAttemptsAsync(id, 1);
        Assert.Equal(FollowUpState.Scheduled, rerun.State);
        Assert.NotEqual(FailedState.StateName, HangfireJobs.Snapshot(host.Factory.Services, failedJob).State);
        var retryJob = await WaitForNewJobAsync(id, failedJob);

        var cancelled = await secretariat.PostAsync($"/api/follow-ups/{id}/cancel", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, cancelled);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("state").GetString());
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync($"/api/follow-ups/{id}/cancel", null));
        // The pending retry's job is gone from the dashboard too.
        Assert.Equal(DeletedState.StateName, HangfireJobs.Snapshot(host.Factory.Services, retryJob).State);

        await using var connection = host.Factory.OpenConnection();
        Assert.Equal(["retry", "cancel"], (await connection.QueryAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'follow_up' ORDER BY id")).AsList());
    }

    [Fact]
    public async Task RequeueAndDeleteInTheJobDashboardRetryAndCancelTheTaskLikeThePage()
    {
        await host.ResetAsync();
        var (id, _) = await DeadLetterABrokenTaskAsync();
        var store = host.Factory.Services.GetRequiredService<FollowUpStore>();
        var jobs = host.Factory.Services.GetRequiredService<IBackgroundJobClient>();
        var failedJob = (await store.GetAsync(id, default))!.JobId!;

        // What the dashboard's "Requeue" button does to a failed job.
        Assert.True(jobs.Requeue(failedJob));
        var rerun = await WaitForAttemptsAsync(id, 1);
        Assert.Equal(FollowUpState.Scheduled, rerun.State);
        var retryJob = await WaitForNewJobAsync(id, failedJob);

        // What its "Delete" button does to the task's current (retry) job.
        Assert.True(jobs.Delete(retryJob));
        Assert.Equal(FollowUpState.Cancelled, (await store.GetAsync(id, default))!.State);

        await using var connection = host.Factory.OpenConnection();
        Assert.Equal(["retry by system:job dashboard", "cancel by system:job dashboard"], (await connection.QueryAsync<string>(
            "SELECT action || ' by ' || actor FROM audit_log WHERE entity = 'follow_up' ORDER BY id")).AsList());
    }

    /// <summary>
    /// A task whose work always fails, woken by Hangfire; each retry is a Hangfire job due at the retry's time, which the test
    /// checks and then triggers at once (moving its own clock there), until the fifth failure dead-letters the task.
    /// </summary>
    private async Task<(long Id, List<TimeSpan> Delays)> DeadLetterABrokenTaskAsync()
    {
        var id = await InsertBrokenTaskAsync();
        host.Factory.Services.GetRequiredService<FollowUpRunner>().Jitter = () => 0.5;
        var followUpJobs = host.Factory.Services.GetRequiredService<FollowUpJobs>();
        await followUpJobs.WakeAsync(id, "Broken kind, call 2027", host.Clock.GetUtcNow(), default);

        var delays = new List<TimeSpan>();
        string? previousJob = null;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var before = host.Clock.GetUtcNow();
            var task = await WaitForAttemptsAsync(id, attempt);
            if (task.State == FollowUpState.DeadLettered)
            {
                Assert.Equal(5, attempt);
                await HangfireJobs.WaitForStateAsync(host.Factory.Services, task.JobId!, FailedState.StateName);
                break;
            }

            Assert.Equal(FollowUpState.Scheduled, task.State);
            delays.Add(task.NextAttemptAt!.Value - before);
            var retry = await WaitForNewJobAsync(id, previousJob);
            previousJob = retry;
            Assert.Equal(task.NextAttemptAt!.Value, HangfireJobs.Snapshot(host.Factory.Services, retry).EnqueueAt!.Value, TimeSpan.FromMilliseconds(1));
            host.Clock.Set(task.NextAttemptAt.Value);
            HangfireJobs.TriggerNow(host.Factory.Services, retry);
        }

        return (id, delays);
    }

    private async Task<string> WaitForNewJobAsync(long id, string? seen)
    {
        var store = host.Factory.Services.GetRequiredService<FollowUpStore>();
        var task = await Eventually.UntilAsync(
            async () => (await store.GetAsync(id, default))!,
            task => task.JobId is { } job && job != seen
                && HangfireJobs.Snapshot(host.Factory.Services, job).State == ScheduledState.StateName,
            _ => $"no retry job scheduled for task {id} (last {seen})", TimeSpan.FromSeconds(10));
        return task.JobId!;
    }

    private async Task<FollowUpView> WaitForAttemptsAsync(long id, int attempts)
    {
        var store = host.Factory.Services.GetRequiredService<FollowUpStore>();
        var task = await Eventually.LastAsync(async () => (await store.GetAsync(id, default))!, task => task.Attempts >= attempts);
        Assert.Equal(attempts, task.Attempts);
        return task;
    }

    private async Task<long> InsertBrokenTaskAsync()
    {
        await host.Factory.Services.GetRequiredService<Matchmaking.Core.Calls.CallStore>().EnsureAsync(Year, default);
        await using var connection = host.Factory.OpenConnection();
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO follow_ups (call_year, kind, subject, due_at, state, idempotency_key, created_at)
            VALUES (@Year, 'broken_kind', 'a task whose work always fails', @now, 'scheduled', 'test:broken', @now)
            RETURNING id
            """, new { Year, now = host.Clock.GetUtcNow() });
    }
}
