using System.Net;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Api;

public sealed class HealthAndOpenApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HealthIsOkWhenTheDatabaseAndTheJobServerAreUp()
    {
        var client = factory.CreateClient();
        await client.WaitUntilHealthyAsync();
        var response = await client.GetAsync("/health");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var report = await response.JsonAsync();
        Assert.Equal("up", report.GetProperty("database").GetProperty("status").GetString());
        var jobs = report.GetProperty("jobs");
        Assert.Equal("up", jobs.GetProperty("status").GetString());
        Assert.Contains(jobs.GetProperty("servers").EnumerateArray(), s => s.GetProperty("workers").GetInt32() > 0);
    }

    [Fact]
    public async Task HealthIsServiceUnavailableWhenTheDatabaseIsGone()
    {
        await using var doomed = new AppFactory();
        await doomed.InitializeAsync();
        var client = doomed.CreateClient();
        await client.WaitUntilHealthyAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/health"));

        await PostgresServer.DropDatabaseAsync(doomed.ConnectionString);

        var response = await client.GetAsync("/health");
        await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, response);
        Assert.Equal("down", (await response.JsonAsync()).GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var document = await response.JsonAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/calls/{year}/applicants", paths);
        Assert.Contains("/api/calls/{year}/rounds", paths);
        Assert.Contains("/api/rounds/{id}/proposals", paths);
        Assert.Contains("/api/proposals/{id}/approve", paths);
        Assert.Contains("/api/calls/{year}/follow-ups", paths);
        Assert.Contains("/health", paths);
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheBearerSchemeAndTheErrorAnswersOfEachOperation()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var approve = document.GetProperty("paths").GetProperty("/api/proposals/{id}/approve").GetProperty("post");
        Assert.True(approve.TryGetProperty("security", out _));
        var codes = approve.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Contains("401", codes);
        Assert.Contains("403", codes);
        Assert.Contains("404", codes);
        Assert.Contains("409", codes);
        var unsummarised = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Name: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .Where(o => !o.Operation.TryGetProperty("summary", out var s) || string.IsNullOrWhiteSpace(s.GetString()))
            .Select(o => o.Name).ToList();
        Assert.True(unsummarised.Count == 0, "operations without a summary: " + string.Join(", ", unsummarised));
        var health = document.GetProperty("paths").GetProperty("/health").GetProperty("get");
        Assert.DoesNotContain("401", health.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }
}
