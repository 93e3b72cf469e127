using Dapper;
using Matchmaking.Core.Applicants;
using Matchmaking.Core.Ingestion.Portal;
using Matchmaking.Core.Mentors;
using Matchmaking.IntegrationTests.Infrastructure;
using Npgsql;
using static Matchmaking.IntegrationTests.Ingestion.Portal.PortalRecords;

namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>Syncs from a real HTTP portal on loopback into a database of each test's own, calling the sync as its job does.</summary>
public sealed class PortalSyncTests : IAsyncLifetime
{
    private FakePortal portal = null!;
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        portal = await FakePortal.StartAsync();
        portal.Serve("applications", ApplicationPages);
        portal.Serve("mentor-offers", MentorPages);
        connectionString = await PostgresServer.CreateDatabaseAsync("portal");
    }

    public async Task DisposeAsync()
    {
        await portal.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(connectionString);
    }

    [Fact]
    public async Task ASyncReadsEveryPageThroughA503AndATimeoutImportingGoodRecordsAndRejectingBadOnesWithReasons()
    {
        portal.Script("applications", 2, FakePortal.Fault.Unavailable);
        portal.Script("applications", 3, FakePortal.Fault.Hang);
        await using var worker = new IngestionWorker(connectionString, Settings(portal));

        var outcomes = await worker.Get<PortalSync>().RunAsync(CancellationToken.None);

        var applications = Assert.Single(outcomes, o => o.Kind == "applicants");
        Assert.Equal("imported", applications.Outcome);
        Assert.Equal(5, applications.Import!.Accepted);
        Assert.Equal(2, applications.Import.Rejected);
        var rejected = applications.Import.Records.Where(r => r.Status == "rejected").ToDictionary(r => r.Id!);
        Assert.Equal(["creative_field"], rejected["APP-P-002"].Errors.Select(e => e.Field));
        Assert.Equal(["country_code", "needs"], rejected["APP-P-007"].Errors.Select(e => e.Field).Order());
        var mentors = Assert.Single(outcomes, o => o.Kind == "mentors");
        Assert.Equal((1, 1), (mentors.Import!.Accepted, mentors.Import.Rejected));

        Assert.Equal([503, 200], portal.RequestsFor("applications", 2).Select(r => r.Status));
        Assert.Equal([499, 200], portal.RequestsFor("applications", 3).Select(r => r.Status));
        Assert.All(portal.Requests, r => Assert.Equal(("3", "Bearer portal-test-key"), (r.PageSize, r.Authorization)));

        var stored = await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None);
        Assert.Equal(["APP-P-001", "APP-P-003", "APP-P-004", "APP-P-005", "APP-P-006"], stored.Select(a => a.Id));
        Assert.Equal(["MEN-P-001"], (await worker.Get<MentorStore>().ListAsync(Year, CancellationToken.None)).Select(m => m.Id));
        await using var connection = new NpgsqlConnection(connectionString);
        var imports = (await connection.QueryAsync<(string Kind, string Source, string ImportedBy, int Rejected)>(
            "SELECT kind, source, imported_by, rejected FROM imports ORDER BY id")).ToList();
        Assert.Equal(
            [("applicants", "portal:calls/2027/applications", "portal", 2), ("mentors", "portal:calls/2027/mentor-offers", "portal", 1)],
            imports);
        var reasons = await connection.QueryAsync<string>(
            "SELECT errors::text FROM rejected_records WHERE record_id = 'APP-P-002'");
        Assert.Contains("'Pottery' is not a creative field", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondSyncSendsTheStoredETagsAndWritesNoImportWhenEveryPageIsNotModified()
    {
        await using var worker = new IngestionWorker(connectionString, Settings(portal));
        var sync = worker.Get<PortalSync>();
        await sync.RunAsync(CancellationToken.None);
        var firstRequests = portal.Requests.Count;

        var outcomes = await sync.RunAsync(CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal("not_modified", o.Outcome));
        var second = portal.Requests.Skip(firstRequests).ToList();
        Assert.Equal(4, second.Count);
        Assert.All(second, r => Assert.Equal((304, true), (r.Status, r.IfNoneMatch is not null)));
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM imports"));
        var status = await worker.Get<PortalSyncState>().StatusAsync(Year, CancellationToken.None);
        Assert.All(status, s => Assert.Equal(("not_modified", (string?)null), (s.LastOutcome, s.LastError)));
        Assert.All(status, s => Assert.NotNull(s.LastImportId));
        Assert.Equal(3, status.Single(s => s.Kind == "applicants").KnownPages);
    }

    [Fact]
    public async Task WhenOnePageChangesTheNextSyncImportsThatPageAlone()
    {
        await using var worker = new IngestionWorker(connectionString, Settings(portal));
        var sync = worker.Get<PortalSync>();
        await sync.RunAsync(CancellationToken.None);
        portal.Serve("applications", ApplicationPages[0], ApplicationPages[1], ChangedPage3);

        var applications = (await sync.RunAsync(CancellationToken.None)).Single(o => o.Kind == "applicants");

        Assert.Equal("imported", applications.Outcome);
        Assert.Equal(["APP-P-006", "APP-P-007", "APP-P-008"], applications.Import!.Records.Select(r => r.Id));
        Assert.Equal(0, applications.Import.Rejected);
        var stored = await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None);
        Assert.Equal("A recording studio for northern Ghana", stored.Single(a => a.Id == "APP-P-007").Needs);
        Assert.Equal(7, stored.Count);
    }

    [Fact]
    public async Task APortalAnsweringGarbageFailsTheFeedSayingWhyAndWritesNothing()
    {
        portal.Script("applications", 2, FakePortal.Fault.Garbage);
        await using var worker = new IngestionWorker(connectionString, Settings(portal));

        var outcomes = await worker.Get<PortalSync>().RunAsync(CancellationToken.None);

        var applications = outcomes.Single(o => o.Kind == "applicants");
        Assert.Equal("failed", applications.Outcome);
        Assert.Contains("page 2 of applications is not a page object", applications.Error, StringComparison.Ordinal);
        Assert.Empty(await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None));
    }

    [Fact]
    public async Task APageCutOffHalfWayIsRetriedAndTheSyncCompletes()
    {
        portal.Script("applications", 2, FakePortal.Fault.HalfPage);
        await using var worker = new IngestionWorker(connectionString, Settings(portal));

        var outcomes = await worker.Get<PortalSync>().RunAsync(CancellationToken.None);

        Assert.Equal("imported", outcomes.Single(o => o.Kind == "applicants").Outcome);
        Assert.True(portal.RequestsFor("applications", 2).Count >= 2, "the cut page was fetched again");
        Assert.NotEmpty(await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None));
    }

    [Fact]
    public async Task ASyncWhoseLastPageNeverComesWritesNoneOfTheEarlierPages()
    {
        portal.Script("applications", 3, Enumerable.Repeat(FakePortal.Fault.Unavailable, 6).ToArray());
        await using var worker = new IngestionWorker(connectionString, Settings(portal));

        var outcomes = await worker.Get<PortalSync>().RunAsync(CancellationToken.None);

        var applications = outcomes.Single(o => o.Kind == "applicants");
        Assert.Equal("failed", applications.Outcome);
        Assert.Contains("HTTP 503", applications.Error, StringComparison.Ordinal);
        Assert.Contains("page 3 of applications", applications.Error, StringComparison.Ordinal);
        Assert.Empty(await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None));
        // The feeds are independent: mentor offers still came in.
        Assert.Equal("imported", outcomes.Single(o => o.Kind == "mentors").Outcome);
        var status = await worker.Get<PortalSyncState>().StatusAsync(Year, CancellationToken.None);
        var applicantStatus = status.Single(s => s.Kind == "applicants");
        Assert.Equal(("failed", 0), (applicantStatus.LastOutcome, applicantStatus.KnownPages));
        Assert.Equal(applications.Error, applicantStatus.LastError);
    }

    [Fact]
    public async Task WhenThePortalStaysDownTheCircuitOpensTheSyncFailsCleanlyAndASyncAfterTheBreakSucceeds()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var worker = new IngestionWorker(connectionString, Settings(portal), clock);
        var sync = worker.Get<PortalSync>();
        portal.Down = true;

        var down = await sync.RunAsync(CancellationToken.None);

        Assert.All(down, o => Assert.Equal("failed", o.Outcome));
        Assert.All(down, o => Assert.Contains("circuit open", o.Error, StringComparison.Ordinal));
        Assert.Contains("HTTP 503", down[0].Error, StringComparison.Ordinal);
        // Four failed attempts opened the circuit; the fifth and the mentor feed were refused without reaching the portal.
        Assert.Equal(4, portal.Requests.Count);
        var status = await worker.Get<PortalSyncState>().StatusAsync(Year, CancellationToken.None);
        Assert.All(status, s => Assert.Equal(("failed", clock.GetUtcNow()), (s.LastOutcome, s.LastRunAt)));
        Assert.All(status, s => Assert.Null(s.LastSuccessAt));

        var stillOpen = await sync.RunAsync(CancellationToken.None);
        Assert.All(stillOpen, o => Assert.Equal("failed", o.Outcome));
        Assert.Equal(4, portal.Requests.Count);

        portal.Down = false;
        clock.Advance(TimeSpan.FromMinutes(1));
        var recovered = await sync.RunAsync(CancellationToken.None);

        Assert.All(recovered, o => Assert.Equal("imported", o.Outcome));
        status = await worker.Get<PortalSyncState>().StatusAsync(Year, CancellationToken.None);
        Assert.All(status, s => Assert.Equal(("imported", (string?)null), (s.LastOutcome, s.LastError)));
        Assert.Equal(5, (await worker.Get<ApplicantStore>().ListAsync(Year, CancellationToken.None)).Count);
    }
}
