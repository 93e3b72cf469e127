using System.Net;
using Dapper;
using Matchmaking.Core.Hosting;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Workers;

/// <summary>A web-only host and two worker processes share one database; one worker is killed in the middle of a round.</summary>
public sealed class TwoWorkerCrashTests : IAsyncLifetime, IDisposable
{
    private const int Year = SampleProfiles.Year;

    private readonly AppFactory _web = new()
    {
        ConfigureHost = b => b.UseSetting("role", "web"),
    };

    private readonly List<WorkerProcess> _workers = [];

    public Task InitializeAsync() => _web.InitializeAsync();

    public async Task DisposeAsync()
    {
        _workers.ForEach(w => w.Dispose());
        await _web.DisposeAsync();
    }

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task ARoundWhoseWorkerIsKilledCompletesOnceOnTheOtherWorkerAndItsNoticeIsWrittenOnce()
    {
        // The pause gives the test a moment, after a worker has claimed the round, to kill it mid-round.
        var secretariat = await StartTwoWorkersOnTheCallAsync();
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);

        string? claimedBy = null;
        await WaitUntilAsync(async () =>
        {
            await using var connection = _web.OpenConnection();
            claimedBy = await connection.ExecuteScalarAsync<string?>("SELECT run_by FROM rounds WHERE status = 'running'");
            return claimedBy is not null;
        }, "a worker claimed the round");
        var victim = _workers.Single(w => w.InstanceId == claimedBy);
        victim.KillHard();

        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!, TimeSpan.FromSeconds(60));
        Assert.True(round.GetProperty("status").GetString() == "completed",
            $"round is {round.GetProperty("status")}; survivor log:\n{_workers.Single(w => w != victim).Log()}");
        await using (var connection = _web.OpenConnection())
        {
            Assert.Equal(_workers.Single(w => w != victim).InstanceId,
                await connection.ExecuteScalarAsync<string>("SELECT run_by FROM rounds"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rounds"));
            Assert.Equal(await connection.ExecuteScalarAsync<int>("SELECT count(DISTINCT applicant_id) FROM proposals"),
                await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM proposals"));
        }

        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        var kumasi = proposals.EnumerateArray().Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi");
        var music = await ApiSession.CoordinatorAsync(_web, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{kumasi.GetProperty("id").GetInt64()}/approve", new { }));

        await WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM follow_ups WHERE kind = 'notice' AND state = 'done'") == 1,
            "the surviving worker sent the notice");
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM notifications"));
        Assert.Equal(2, await CountAsync("SELECT count(DISTINCT idempotency_key) FROM notifications"));
    }

    [Fact]
    public async Task AFollowUpWhoseWorkerIsKilledMidTaskRunsOnceOnTheOtherWorker()
    {
        var secretariat = await StartTwoWorkersOnTheCallAsync();
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        Assert.Equal("completed", (await secretariat.WaitForRoundAsync(start.Headers.Location!, TimeSpan.FromSeconds(60)))
            .GetProperty("status").GetString());
        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        var kumasi = proposals.EnumerateArray().Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi");
        var music = await ApiSession.CoordinatorAsync(_web, CreativeField.Music);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{kumasi.GetProperty("id").GetInt64()}/approve", new { }));

        // The notice's worker has done the work and waits before its commit: kill it there.
        string? server = null;
        await WaitUntilAsync(() =>
        {
            var processing = _web.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ProcessingJobs(0, 20);
            server = processing.Select(j => j.Value).FirstOrDefault(j => j.Job?.Type.Name == "FollowUpJob")?.ServerId;
            return Task.FromResult(server is not null);
        }, "a worker is running the notice");
        var victim = _workers.Single(w => server!.StartsWith(w.InstanceId + ":", StringComparison.Ordinal));
        victim.KillHard();

        await WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM follow_ups WHERE kind = 'notice' AND state = 'done'") == 1,
            "the surviving worker ran the notice");
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM notifications"));
        Assert.Equal(1, await CountAsync("SELECT attempts FROM follow_ups WHERE kind = 'notice'"));
    }

    /// <summary>The pauses give the test a moment, after a worker has claimed a round or locked a task, to kill it there.</summary>
    private static readonly FailureDrills Drills = new()
    {
        PauseAfterRoundClaim = TimeSpan.FromSeconds(4), PauseBeforeFollowUpCommit = TimeSpan.FromSeconds(4),
    };

    /// <summary>Short job timings: a killed worker's job becomes visible to the other after the (sliding) invisibility timeout.</summary>
    private static readonly string[] DrillSettings =
    [
        "--Jobs:InvisibilityTimeout", "00:00:05", "--Jobs:QueuePollInterval", "00:00:00.500",
        "--Jobs:SchedulePollingInterval", "00:00:01", "--Jobs:HeartbeatInterval", "00:00:01",
    ];

    /// <summary>Two worker processes registered as job servers, and the small call imported; returns the secretariat's client.</summary>
    private async Task<HttpClient> StartTwoWorkersOnTheCallAsync()
    {
        _workers.Add(WorkerProcess.Start("worker-a", _web.ConnectionString, Drills, DrillSettings));
        _workers.Add(WorkerProcess.Start("worker-b", _web.ConnectionString, Drills, DrillSettings));
        var secretariat = await ApiSession.SecretariatAsync(_web);
        await secretariat.CreateCallAsync(Year);
        await WaitForBothWorkersAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        return secretariat;
    }

    private Task WaitForBothWorkersAsync() => WaitUntilAsync(async () =>
        await CountAsync("SELECT count(*) FROM hangfire.server WHERE id LIKE 'worker-a:%' OR id LIKE 'worker-b:%'") == 2,
        "both workers registered as job servers");

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = _web.OpenConnection();
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, string what) =>
        await Eventually.UntilAsync(
            condition, done => done,
            _ => $"Timed out waiting until {what}. Worker logs:\n" + string.Join("\n----\n", _workers.Select(w => w.Log())),
            TimeSpan.FromSeconds(60));
}
