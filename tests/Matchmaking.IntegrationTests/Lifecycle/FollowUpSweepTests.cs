using Dapper;
using Hangfire.States;
using Matchmaking.Core.FollowUps;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class FollowUpSweepTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = 2027;

    [Fact]
    public async Task ATaskWhoseWakeUpWasNeverRecordedIsScheduledByTheSweepAtItsDueTimeAndOnlyOnce()
    {
        await host.ResetAsync();
        await host.Factory.Services.GetRequiredService<Matchmaking.Core.Calls.CallStore>().EnsureAsync(Year, default);
        var due = host.Clock.GetUtcNow().AddDays(2);
        long id;
        await using (var connection = host.Factory.OpenConnection())
        {
            // As a process leaves it when it dies between the row's commit and the scheduling of its job.
            id = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO follow_ups (call_year, kind, subject, due_at, state, idempotency_key, created_at, job_requested_at)
                VALUES (@Year, 'mentor_reminder', 'orphaned reminder', @due, 'scheduled', 'test:orphan', @now, @requested)
                RETURNING id
                """, new { Year, due, now = host.Clock.GetUtcNow(), requested = host.Clock.GetUtcNow().AddMinutes(-5) });
        }

        var jobs = host.Factory.Services.GetRequiredService<FollowUpJobs>();
        Assert.Equal(1, await jobs.SweepAsync(default));

        var task = (await host.Factory.Services.GetRequiredService<FollowUpStore>().GetAsync(id, default))!;
        var job = HangfireJobs.Snapshot(host.Factory.Services, task.JobId!);
        Assert.Equal(ScheduledState.StateName, job.State);
        Assert.Equal(due, job.EnqueueAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await jobs.SweepAsync(default));
    }
}
