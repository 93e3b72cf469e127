using System.Net;
using System.Text.Json;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static Matchmaking.IntegrationTests.Ingestion.Portal.PortalRecords;

namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>The real host (web and worker) with the portal enabled: its recurring job, its API and the imports history.</summary>
public sealed class PortalApiTests : IAsyncLifetime, IDisposable
{
    private FakePortal portal = null!;
    private AppFactory factory = null!;

    public async Task InitializeAsync()
    {
        portal = await FakePortal.StartAsync();
        portal.Serve("applications", ApplicationPages);
        portal.Serve("mentor-offers", MentorPages);
        factory = new AppFactory
        {
            ConfigureHost = host =>
            {
                foreach (var (key, value) in Settings(portal))
                {
                    host.UseSetting(key, value);
                }

                host.UseSetting("Portal:Interval", "01:00:00");
            },
        };
        await factory.InitializeAsync();
    }

    public async Task DisposeAsync() => await portal.DisposeAsync();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task SecretariatRequestsASyncAndFindsThePortalImportWithItsRejectedRecordsAndReasons()
    {
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var coordinator = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync("/api/portal/sync", null));

        var requested = await secretariat.PostAsync("/api/portal/sync", null);

        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, requested);
        Assert.Equal("/api/portal/status", requested.Headers.Location?.OriginalString);
        // The worker syncs once when it starts and once more on request; the second finds every page unchanged.
        var status = await Eventually.UntilAsync(
            async () => await (await secretariat.GetAsync("/api/portal/status")).JsonAsync(),
            s => s.GetProperty("feeds").EnumerateArray().All(f => f.GetProperty("last_outcome").GetString() == "not_modified"),
            "both feeds have synced twice");
        Assert.True(status.GetProperty("enabled").GetBoolean());
        Assert.Equal(2, portal.RequestsFor("mentor-offers", 1).Count);

        var history = await (await secretariat.GetAsync($"/api/calls/{Year}/imports")).JsonAsync();
        var imports = history.GetProperty("imports").EnumerateArray().ToList();
        Assert.Equal(2, imports.Count);
        var applicants = imports.Single(i => i.GetProperty("kind").GetString() == "applicants");
        Assert.Equal("portal:calls/2027/applications", applicants.GetProperty("source").GetString());
        Assert.Equal((5, 2), (applicants.GetProperty("accepted").GetInt32(), applicants.GetProperty("rejected").GetInt32()));
        var rejected = applicants.GetProperty("rejected_records").EnumerateArray()
            .ToDictionary(r => r.GetProperty("record_id").GetString()!, r => r);
        Assert.Equal(["APP-P-002", "APP-P-007"], rejected.Keys.Order(StringComparer.Ordinal));
        var pottery = Assert.Single(rejected["APP-P-002"].GetProperty("errors").EnumerateArray());
        Assert.Equal("creative_field", pottery.GetProperty("field").GetString());
        Assert.StartsWith("'Pottery' is not a creative field", pottery.GetProperty("cause").GetString(), StringComparison.Ordinal);
        Assert.Equal("Pottery", rejected["APP-P-002"].GetProperty("raw").GetProperty("creative_field").GetString());
        Assert.Equal(JsonValueKind.Array, history.GetProperty("unreadable_files").ValueKind);
    }
}
