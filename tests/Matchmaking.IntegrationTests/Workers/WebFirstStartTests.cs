using System.Net;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.IntegrationTests.Workers;

/// <summary>The order an operator may well use: the web process first, on an empty database, then a worker.</summary>
public sealed class WebFirstStartTests : IAsyncLifetime, IDisposable
{
    private const int Year = SampleProfiles.Year;

    private readonly AppFactory _web = new()
    {
        EmptyDatabase = true,
        ConfigureHost = b => b.UseSetting("role", "web"),
    };

    private WorkerProcess? _worker;

    public Task InitializeAsync() => _web.InitializeAsync();

    public async Task DisposeAsync()
    {
        _worker?.Dispose();
        await _web.DisposeAsync();
    }

    public void Dispose() => _web.Dispose();

    [Fact]
    public async Task AWebProcessStartedFirstOnAnEmptyDatabaseIsHealthyAndQueuesARoundThatAWorkerStartedLaterRuns()
    {
        var client = _web.CreateClient();
        var health = await client.GetAsync("/health");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, health);
        var jobs = (await health.JsonAsync()).GetProperty("jobs");
        Assert.Equal("up", jobs.GetProperty("status").GetString());
        Assert.Empty(jobs.GetProperty("servers").EnumerateArray());

        var secretariat = await ApiSession.SecretariatAsync(_web);
        await secretariat.CreateCallAsync(Year);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        // The round's job waits in Hangfire's queue, and no server of this process takes it (see "servers" above).
        await Eventually.UntilAsync(
            async () =>
            {
                await using var connection = _web.OpenConnection();
                return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM hangfire.jobqueue WHERE fetchedat IS NULL") > 0;
            },
            "the round's job is queued");
        var waiting = await (await secretariat.GetAsync(start.Headers.Location!.ToString())).JsonAsync();
        Assert.Equal("queued", waiting.GetProperty("status").GetString());

        _worker = WorkerProcess.Start("late-worker", _web.ConnectionString, "--Jobs:QueuePollInterval", "00:00:00.500");

        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!, TimeSpan.FromSeconds(60));
        Assert.True(round.GetProperty("status").GetString() == "completed", $"round is {round.GetProperty("status")}; worker log:\n{_worker.Log()}");
        Assert.Equal("late-worker", round.GetProperty("run_by").GetString());
    }
}
