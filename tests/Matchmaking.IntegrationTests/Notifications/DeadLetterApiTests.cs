using System.Net;
using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Notifications;

public sealed class DeadLetterApiTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task RetryingADeadNoticeThroughTheApiDeliversItOnceTheServerIsBackAndIsAudited()
    {
        await fixture.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        var id = await AddDeadAsync("proposal:5:notice:applicant", "applicant city Oran", "oran@ccn.test");

        var retried = await secretariat.PostAsync($"/api/notifications/{id}/retry", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, retried);
        var body = await retried.JsonAsync();
        Assert.Equal("pending", body.GetProperty("state").GetString());
        Assert.Equal(0, body.GetProperty("attempts").GetInt32());
        Assert.Equal(fixture.Clock.GetUtcNow(), body.GetProperty("next_attempt_at").GetDateTimeOffset());

        Assert.Equal(new DeliveryReport(1, 0, 0), await fixture.Delivery.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(new DeliveryReport(0, 0, 0), await fixture.Delivery.DeliverDueAsync(CancellationToken.None));
        var mail = Assert.Single(fixture.Sink.Received());
        Assert.Equal(["oran@ccn.test"], mail.RcptTos);
        Assert.Equal("sent", (await fixture.RowAsync(id)).State);

        var again = await secretariat.PostAsync($"/api/notifications/{id}/retry", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, again);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        await using var connection = fixture.App.OpenConnection();
        var audit = await connection.QuerySingleAsync<(string Actor, string Action)>(
            "SELECT actor, action FROM audit_log WHERE entity = 'notification' AND entity_id = @id", new { id = id.ToString() });
        Assert.Equal(("secretariat:secretariat", "retry"), audit);
    }

    [Fact]
    public async Task ACancelledNoticeIsNeverSentAndTheCancelIsAudited()
    {
        await fixture.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        var id = await fixture.AddNotificationAsync(
            "proposal:6:notice:mentor", "mentor city Bologna", "Subject", "Body", email: "bologna@ccn.test");

        var cancelled = await secretariat.PostAsync($"/api/notifications/{id}/cancel", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, cancelled);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("state").GetString());

        Assert.Equal(new DeliveryReport(0, 0, 0), await fixture.Delivery.DeliverDueAsync(CancellationToken.None));
        Assert.Empty(fixture.Sink.Received());
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync($"/api/notifications/{id}/cancel", null));
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync($"/api/notifications/{id}/retry", null));
        var unknown = await secretariat.PostAsync($"/api/notifications/{id + 1000}/cancel", null);
        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, unknown);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        await using var connection = fixture.App.OpenConnection();
        var actions = await connection.QueryAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'notification' AND entity_id = @id", new { id = id.ToString() });
        Assert.Equal(["cancel"], actions);
    }

    [Fact]
    public async Task ASecretariatThatReadsFrenchIsToldInFrenchWhyACancelledNoticeCannotBeSentAgain()
    {
        await fixture.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var id = await fixture.AddNotificationAsync(
            "proposal:7:notice:mentor", "mentor city Bologna", "Subject", "Body", email: "bologna@ccn.test");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync($"/api/notifications/{id}/cancel", null));

        var retry = await secretariat.PostAsync($"/api/notifications/{id}/retry", null);

        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, retry);
        var problem = await retry.JsonAsync();
        Assert.Equal("notification_not_retriable", problem.GetProperty("code").GetString());
        Assert.Equal("La notification est annulée\u00a0; seule une notification mise de côté peut être renvoyée.",
            problem.GetProperty("detail").GetString());
        var unknown = await (await secretariat.PostAsync($"/api/notifications/{id + 1000}/cancel", null)).JsonAsync();
        Assert.Equal($"Il n'y a pas de notification {id + 1000}.", unknown.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ACoordinatorIsForbiddenTheNotificationEndpoints()
    {
        await fixture.ResetAsync();
        var coordinator = await ApiSession.CoordinatorAsync(fixture.App, CreativeField.Music);
        var id = await AddDeadAsync("proposal:8:notice:mentor", "mentor city Bologna", "bologna@ccn.test");

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.GetAsync("/api/notifications?state=dead"));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync($"/api/notifications/{id}/retry", null));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync($"/api/notifications/{id}/cancel", null));
        Assert.Equal("dead", (await fixture.RowAsync(id)).State);
    }

    [Fact]
    public async Task ListingAnUnknownStateIsRefusedWithAValidationProblem()
    {
        await fixture.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);

        var response = await secretariat.GetAsync("/api/notifications?state=lost");

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("state", out _));
    }

    private async Task<long> AddDeadAsync(string key, string recipient, string email)
    {
        var id = await fixture.AddNotificationAsync(key, recipient, "Subject", "Body", email);
        await using var connection = fixture.App.OpenConnection();
        await connection.ExecuteAsync(
            "UPDATE notifications SET state = 'dead', attempts = 4, last_error = 'Failure sending mail.' WHERE id = @id", new { id });
        return id;
    }
}
