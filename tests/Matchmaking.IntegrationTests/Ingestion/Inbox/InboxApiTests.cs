using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Ingestion.Portal;
using Microsoft.AspNetCore.Hosting;
using static Matchmaking.IntegrationTests.Ingestion.Inbox.InboxFolder;

namespace Matchmaking.IntegrationTests.Ingestion.Inbox;

/// <summary>The real host (web and worker) with the inbox enabled: its recurring scan and the imports history.</summary>
public sealed class InboxApiTests : IAsyncLifetime, IDisposable
{
    private readonly InboxFolder inbox = new();
    private AppFactory factory = null!;

    public async Task InitializeAsync()
    {
        factory = new AppFactory
        {
            ConfigureHost = host =>
            {
                foreach (var (key, value) in inbox.Settings)
                {
                    host.UseSetting(key, value);
                }
            },
        };
        await factory.InitializeAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        // The host first, so that no scan runs in a folder being deleted.
        factory.Dispose();
        inbox.Dispose();
    }

    [Fact]
    public async Task FilesDroppedInTheInboxShowInTheCallsImportsWithRejectedRecordsAndUnreadableFilesWithTheirReason()
    {
        var secretariat = await ApiSession.SecretariatAsync(factory);

        inbox.Drop("applicants-week-10.csv", Applicants(Applicant("APP-1"), Applicant("APP-2", "Byblos", "Pottery")));
        inbox.Drop("applicants-week-11.csv", Applicants(
            Applicant("APP-3"),
            "APP-4,Byblos,LB,Music,ar,2027-03-06T11:15:00+02:00,The \"Byblos\" festival,,"));

        await Eventually.UntilAsync(
            () => Task.FromResult((Processed: inbox.FilesIn(inbox.Processed).Count, Failed: inbox.FilesIn(inbox.Failed).Count)),
            seen => seen is { Processed: 1, Failed: 2 },
            "the worker's scan has moved both files");
        var history = await (await secretariat.GetAsync($"/api/calls/{Year}/imports")).JsonAsync();

        var import = Assert.Single(history.GetProperty("imports").EnumerateArray());
        Assert.Equal("inbox:applicants-week-10.csv", import.GetProperty("source").GetString());
        Assert.Equal("inbox", import.GetProperty("imported_by").GetString());
        var rejected = Assert.Single(import.GetProperty("rejected_records").EnumerateArray());
        Assert.Equal("APP-2", rejected.GetProperty("record_id").GetString());
        Assert.Equal(3, rejected.GetProperty("row").GetInt32());
        Assert.Equal("creative_field", Assert.Single(rejected.GetProperty("errors").EnumerateArray()).GetProperty("field").GetString());
        var unreadable = Assert.Single(history.GetProperty("unreadable_files").EnumerateArray());
        Assert.Equal("applicants-week-11.csv", unreadable.GetProperty("file").GetString());
        Assert.StartsWith("inbox:applicants-week-11.csv, line 3, column 56: malformed quoting", unreadable.GetProperty("error").GetString(),
            StringComparison.Ordinal);
    }
}
