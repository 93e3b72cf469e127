using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>PUT /api/calls/{year}: dates as people write them, checked against the call's year, and audited.</summary>
public sealed class CallDatesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task DatesWithoutAnOffsetAreParisTimeAndTheChangeIsInTheAuditLog()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var put = await secretariat.PutAsJsonAsync("/api/calls/2033", new
        {
            interest_deadline = "2033-03-30T23:59:00",
            partnership_deadline = "2033-04-09T23:59:00",
            application_deadline = "2033-06-30T23:59:00+02:00",
            designations_announced = "2033-10-29T12:00:00Z",
        });

        await HttpAssert.StatusAsync(HttpStatusCode.OK, put);
        var call = await put.JsonAsync();
        // Summer time in Paris (UTC+2) from the last Sunday of March.
        Assert.Equal(new DateTimeOffset(2033, 3, 30, 21, 59, 0, TimeSpan.Zero), call.GetProperty("interest_deadline").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2033, 4, 9, 21, 59, 0, TimeSpan.Zero), call.GetProperty("partnership_deadline").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2033, 6, 30, 21, 59, 0, TimeSpan.Zero), call.GetProperty("application_deadline").GetDateTimeOffset());

        var moved = await secretariat.PutAsJsonAsync("/api/calls/2033", new
        {
            interest_deadline = "2033-03-31T23:59:00",
            partnership_deadline = "2033-04-10T23:59:00",
            application_deadline = "2033-06-30T23:59:00",
            designations_announced = "2033-10-29T12:00:00",
        });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, moved);
        await using var connection = factory.OpenConnection();
        var audit = (await connection.QueryAsync<(string Action, string Details)>(
            "SELECT action, details::text FROM audit_log WHERE entity = 'call' AND entity_id = '2033' ORDER BY id")).ToList();
        Assert.Equal(["create", "set_dates"], audit.Select(a => a.Action));
        Assert.Contains("2033-03-30T21:59:00", audit[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADateOutsideTheCallsYearIsRefusedNamingTheField()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var put = await secretariat.PutAsJsonAsync("/api/calls/2033", new
        {
            interest_deadline = "2032-03-30T23:59:00",
            partnership_deadline = "2033-04-09T23:59:00",
            application_deadline = "2033-06-30T23:59:00",
            designations_announced = "2033-10-29T12:00:00",
        });

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, put);
        var problem = await put.JsonAsync();
        var message = problem.GetProperty("errors").GetProperty("interest_deadline")[0].GetString();
        Assert.Contains("is not in 2033", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync("/api/calls/2033")).StatusCode);
    }

    [Theory]
    [InlineData("{\"interest_deadline\": \"soon\"}", "2027-03-30T23:59:00")]
    [InlineData("{\"interest_deadline\": ", "line")]
    [InlineData("{\"interest_deadline\": \"2033-04-20T23:59:00\"}", "The dates must follow each other")]
    public async Task AMalformedBodyIsAnsweredInWords(string body, string expected)
    {
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var put = await secretariat.PutAsync("/api/calls/2033", new StringContent(body, Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, put);
        var text = await put.Content.ReadAsStringAsync();
        Assert.True(text.Contains(expected, StringComparison.Ordinal), text);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APutWithoutDatesTakesTheUsualDatesOfTheYearAsTheCallsPageDoes()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var empty = await secretariat.PutAsync("/api/calls/2034", new StringContent("{}", Encoding.UTF8, "application/json"));
        var one = await secretariat.PutAsJsonAsync("/api/calls/2035", new { partnership_deadline = "2035-04-16T12:00:00" });

        await HttpAssert.StatusAsync(HttpStatusCode.OK, empty);
        var call = await empty.JsonAsync();
        var usual = Engine.Domain.CallSchedule.ForYear(2034);
        Assert.Equal(usual.InterestDeadline, call.GetProperty("interest_deadline").GetDateTimeOffset());
        Assert.Equal(usual.PartnershipDeadline, call.GetProperty("partnership_deadline").GetDateTimeOffset());
        Assert.Equal(usual.ApplicationDeadline, call.GetProperty("application_deadline").GetDateTimeOffset());
        Assert.Equal(usual.DesignationsAnnounced, call.GetProperty("designations_announced").GetDateTimeOffset());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, one);
        var moved = await one.JsonAsync();
        Assert.Equal(new DateTimeOffset(2035, 4, 16, 10, 0, 0, TimeSpan.Zero), moved.GetProperty("partnership_deadline").GetDateTimeOffset());
        Assert.Equal(Engine.Domain.CallSchedule.ForYear(2035).InterestDeadline, moved.GetProperty("interest_deadline").GetDateTimeOffset());
    }

    [Fact]
    public async Task EveryWrongDateIsNamedUnderItsFieldInTheRequestsLanguage()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/calls/2033")
        {
            Content = new StringContent("""{"interest_deadline": "bientôt", "designations_announced": "2034-01-05T12:00:00"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var put = await secretariat.SendAsync(request);

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, put);
        var problem = await put.JsonAsync();
        Assert.Equal("Les dates de l'appel ne sont pas valides", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("n'est pas une date et une heure", errors.GetProperty("interest_deadline")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("n'est pas en 2033", errors.GetProperty("designations_announced")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync("/api/calls/2033")).StatusCode);
    }
}
