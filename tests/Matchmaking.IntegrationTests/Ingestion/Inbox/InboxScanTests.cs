using Dapper;
using Matchmaking.Core.Ingestion.Inbox;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Ingestion.Portal;
using Npgsql;
using static Matchmaking.IntegrationTests.Ingestion.Inbox.InboxFolder;

namespace Matchmaking.IntegrationTests.Ingestion.Inbox;

/// <summary>Scans a real folder into a database of each test's own, calling the scanner as its job does.</summary>
public sealed class InboxScanTests : IAsyncLifetime, IDisposable
{
    private readonly InboxFolder inbox = new();
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await PostgresServer.CreateDatabaseAsync("inbox");

    public Task DisposeAsync() => PostgresServer.DropDatabaseAsync(connectionString);

    public void Dispose() => inbox.Dispose();

    [Fact]
    public async Task FilesDroppedInTheInboxAreImportedOnceEvenWhenTwoWorkersScanAtTheSameTime()
    {
        await using var first = new IngestionWorker(connectionString, inbox.Settings);
        await using var second = new IngestionWorker(connectionString, inbox.Settings);
        var scanners = new[] { first.Get<InboxScanner>(), second.Get<InboxScanner>() };
        // Warmed up on the empty inbox (services, connections, JIT), so that both really scan at once below.
        foreach (var scanner in scanners)
        {
            Assert.Empty(await scanner.ScanAsync(CancellationToken.None));
        }

        var expected = new List<string>();
        for (var i = 10; i < 30; i++)
        {
            inbox.Drop($"applicants-{i}.csv", Applicants(Applicant($"APP-{i}-A"), Applicant($"APP-{i}-B", "Byblos")));
            expected.Add($"applicants-{i}.csv");
        }

        inbox.Drop("mentors-offers.json", """
            [ { "id": "MEN-1", "city": "Linz", "country_code": "AT", "creative_field": "Media Arts", "languages": ["en"],
                "capacity": 2, "expertise": "Ars Electronica" } ]
            """);
        expected.Add("mentors-offers.json");
        inbox.Drop("notes.csv", Applicants(Applicant("APP-NOTES")));
        inbox.Drop("applicants.txt", Applicants(Applicant("APP-TXT")));
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var scans = scanners.Select(s => Task.Run(async () =>
        {
            await go.Task;
            return await s.ScanAsync(CancellationToken.None);
        })).ToList();

        go.SetResult();
        var perScanner = await Task.WhenAll(scans);
        var outcomes = perScanner.SelectMany(o => o).ToList();

        // Both scanners met the files (the test is about their overlap), and each file was imported by one of them.
        Assert.All(perScanner, seen => Assert.NotEmpty(seen));

        var imported = outcomes.Where(o => o.Outcome == "imported").Select(o => o.File).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, imported);
        Assert.All(outcomes.Where(o => o.Outcome != "imported"), o => Assert.Equal("skipped", o.Outcome));
        Assert.Equal(expected, inbox.FilesIn(inbox.Processed));
        Assert.Empty(inbox.FilesIn(inbox.Failed));
        Assert.Equal(["applicants.txt", "notes.csv"], inbox.FilesIn(inbox.Path));

        await using var connection = new NpgsqlConnection(connectionString);
        var sources = (await connection.QueryAsync<string>("SELECT source FROM imports ORDER BY source")).ToList();
        Assert.Equal(expected.Select(f => $"inbox:{f}"), sources);
        Assert.Equal(40, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM applicants"));
        var claims = (await connection.QueryAsync<(string State, string ClaimedBy)>("SELECT state, claimed_by FROM inbox_files")).ToList();
        Assert.Equal(expected.Count, claims.Count);
        Assert.All(claims, c => Assert.Equal("processed", c.State));
        Assert.All(claims, c => Assert.Contains(c.ClaimedBy, scanners.Select(s => s.Worker)));
    }

    [Fact]
    public async Task AnUnreadableFileLandsInFailedBesideAnErrorFileGivingItsLineColumnAndReason()
    {
        inbox.Drop("applicants-broken.csv", Applicants(
            Applicant("APP-1"),
            "APP-2,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,The \"Byblos\" festival,,"));
        await using var worker = new IngestionWorker(connectionString, inbox.Settings);

        var outcome = Assert.Single(await worker.Get<InboxScanner>().ScanAsync(CancellationToken.None));

        Assert.Equal("unreadable", outcome.Outcome);
        Assert.Equal(["applicants-broken.csv", "applicants-broken.csv.error.txt"], inbox.FilesIn(inbox.Failed));
        Assert.Empty(inbox.FilesIn(inbox.Path));
        var report = await File.ReadAllLinesAsync(Path.Combine(inbox.Failed, "applicants-broken.csv.error.txt"));
        Assert.Equal("File: applicants-broken.csv", report[0]);
        Assert.Equal("Line: 3", report[1]);
        Assert.Equal("Column: 56", report[2]);
        Assert.StartsWith("Reason: malformed quoting", report[3], StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM imports"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM applicants"));
        var failed = Assert.Single(await worker.Get<InboxClaims>().UnreadableAsync(Year, CancellationToken.None));
        Assert.StartsWith("inbox:applicants-broken.csv, line 3, column 56: malformed quoting", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameContentDroppedAgainUnderAnotherNameIsNotImportedTwice()
    {
        var content = Applicants(Applicant("APP-1"), Applicant("APP-2", "Byblos"));
        inbox.Drop("applicants-march.csv", content);
        await using var worker = new IngestionWorker(connectionString, inbox.Settings);
        var scanner = worker.Get<InboxScanner>();
        var first = Assert.Single(await scanner.ScanAsync(CancellationToken.None));
        inbox.Drop("applicants-march-again.csv", content);

        var again = Assert.Single(await scanner.ScanAsync(CancellationToken.None));

        Assert.Equal("duplicate", again.Outcome);
        Assert.Equal(["applicants-march-again.csv", "applicants-march-again.csv.error.txt"], inbox.FilesIn(inbox.Failed));
        var explanation = await File.ReadAllTextAsync(Path.Combine(inbox.Failed, "applicants-march-again.csv.error.txt"));
        Assert.Contains($"same content as applicants-march.csv, which was imported as import {first.Import!.ImportId}", explanation,
            StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM imports"));
    }
}
