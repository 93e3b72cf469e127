using System.Net;
using Dapper;
using Matchmaking.Core.Database;
using Matchmaking.Core.Hosting;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Workers;

/// <summary>
/// PostgreSQL stopped and started again while a round runs, on a cluster of the test's own (the shared test server keeps
/// serving the other tests): the round completes once after the database is back, and /health follows the database.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncLifetime, IDisposable
{
    private const int Year = SampleProfiles.Year;

    private readonly RestartableDatabase _cluster = new("postgres-restart");
    private readonly AppFactory _app;

    public DatabaseRestartTests() => _app = new AppFactory
    {
        CreateDatabase = _cluster.CreateDatabaseAsync,
        ConfigureHost = b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton(new FailureDrills { PauseAfterRoundClaim = TimeSpan.FromSeconds(3) }));
            b.UseSetting("Jobs:InvisibilityTimeout", "00:00:05");
            b.UseSetting("Jobs:HeartbeatInterval", "00:00:01");
            b.UseSetting("Jobs:DistributedLockTimeout", "00:00:05");
            for (var i = 0; i < 20; i++)
            {
                b.UseSetting($"Jobs:StorageRetryDelaysInSeconds:{i}", "1");
            }
        },
    };

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _cluster.StopAsync();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARoundCompletesOnceAfterPostgreSqlIsRestartedUnderIt()
    {
        var client = _app.CreateClient();
        await client.WaitUntilHealthyAsync();
        var secretariat = await ApiSession.SecretariatAsync(_app);
        await secretariat.CreateCallAsync(Year);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        await RestartableDatabase.WaitUntilAsync(async () => await _cluster.ScalarAsync<string?>("SELECT status FROM rounds") == "running", "the round is claimed");

        // The race that made this test flaky, made certain: the scheduler held its lock (a row) when the server went away,
        // so the lock is never released. The round's retry waits behind it until the lock is old enough to be taken over.
        await OrphanSchedulerLockAsync();
        await _cluster.StopAsync();
        var down = await client.GetAsync("/health");
        await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, down);
        Assert.Equal("down", (await down.JsonAsync()).GetProperty("database").GetProperty("status").GetString());
        // Not a wait for something to happen but the length of the outage: it lasts past the round's pause after its claim
        // (3 s), so that the round's work meets the dead pool. Npgsql and Hangfire's storage retries run on the wall clock.
        await Task.Delay(TimeSpan.FromSeconds(4));
        await _cluster.StartAsync();

        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!, TimeSpan.FromSeconds(90));
        if (round.GetProperty("status").GetString() != "completed")
        {
            Assert.Fail($"the round is {round}; {await JobHistoryAsync()}");
        }

        Assert.Equal(1, await _cluster.ScalarAsync<int>("SELECT count(*) FROM rounds"));
        Assert.Equal(await _cluster.ScalarAsync<int>("SELECT count(DISTINCT applicant_id) FROM proposals"), await _cluster.ScalarAsync<int>("SELECT count(*) FROM proposals"));
        await client.WaitUntilHealthyAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/health"));
    }

    private async Task OrphanSchedulerLockAsync()
    {
        await using var connection = await _cluster.OpenUnpooledAsync();
        await connection.ExecuteAsync("""
            INSERT INTO hangfire.lock (resource, updatecount, acquired) VALUES ('hangfire:locks:schedulepoller', 1, now() AT TIME ZONE 'UTC')
            ON CONFLICT (resource) DO UPDATE SET acquired = excluded.acquired
            """);
    }

    /// <summary>What Hangfire recorded of the jobs, for a failure message.</summary>
    private async Task<string> JobHistoryAsync()
    {
        await using var connection = await _cluster.OpenUnpooledAsync();
        var states = await connection.QueryAsync<string>("""
            SELECT j.id || ' ' || (j.invocationdata::jsonb->>'Method') || ': ' || string_agg(s.name || coalesce(' (' || s.reason || ')', ''), ' -> ' ORDER BY s.id)
            FROM hangfire.job j JOIN hangfire.state s ON s.jobid = j.id GROUP BY j.id ORDER BY j.id
            """);
        var queue = await connection.QueryAsync<string>(
            "SELECT jobid || ' in ' || queue || ' fetched at ' || coalesce(fetchedat::text, 'never') || ' (now ' || now()::text || ')' FROM hangfire.jobqueue");
        var locks = await connection.QueryAsync<string>("SELECT resource || ' ' || acquired FROM hangfire.lock");
        return $"jobs: {string.Join("; ", states)}; queue: {string.Join("; ", queue)}; locks: {string.Join("; ", locks)}";
    }
}
