using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Notifications;

public sealed class NotificationDeliveryTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task ANoticeInTheOutboxIsMailedOnceToTheAddressOnFileForItsRecipient()
    {
        await fixture.ResetAsync();
        var contacts = fixture.App.Services.GetRequiredService<ContactStore>();
        await contacts.SetAsync(Recipient.MentorCity("Bologna"), "bologna@ccn.test", CancellationToken.None);
        var id = await fixture.AddNotificationAsync("proposal:7:notice:mentor", "mentor city Bologna",
            "You are asked to mentor Oran (Music)", "The Music coordinator approved your pairing with applicant city Oran. À bientôt !");

        var first = await DeliverAsync();
        var second = await DeliverAsync();

        Assert.Equal(new DeliveryReport(1, 0, 0), first);
        Assert.Equal(new DeliveryReport(0, 0, 0), second);
        var mail = Assert.Single(fixture.Sink.Received());
        Assert.Equal(["bologna@ccn.test"], mail.RcptTos);
        Assert.Equal(NotificationsFixture.Sender, mail.MailFrom);
        Assert.Equal("You are asked to mentor Oran (Music)", mail.Subject);
        Assert.Contains("pairing with applicant city Oran. À bientôt !", mail.Body, StringComparison.Ordinal);
        Assert.Equal(SmtpMailSender.MessageId("proposal:7:notice:mentor", NotificationsFixture.Sender), mail.MessageId);
        Assert.Equal("auto-generated", mail.AutoSubmitted);
        var row = await fixture.RowAsync(id);
        Assert.Equal("sent", row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Equal("bologna@ccn.test", row.Email);
        Assert.Equal(NotificationsFixture.Start, row.SentAt);
    }

    [Fact]
    public async Task ConcurrentAndRepeatedDeliveryRunsSendEachNoticeExactlyOnce()
    {
        await fixture.ResetAsync();
        var keys = Enumerable.Range(1, 6).Select(i => $"proposal:{i}:notice:applicant").ToList();
        foreach (var key in keys)
        {
            await fixture.AddNotificationAsync(key, $"applicant city {key}", $"Your mentor city ({key})", "Body", email: "city@ccn.test");
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(DeliverAsync)));
        var again = await DeliverAsync();

        Assert.Equal(keys.Count, runs.Sum(r => r.Sent));
        Assert.Equal(0, again.Sent);
        var received = fixture.Sink.Received();
        Assert.Equal(keys.Count, received.Count);
        Assert.Equal(
            keys.Select(k => SmtpMailSender.MessageId(k, NotificationsFixture.Sender)).Order(StringComparer.Ordinal),
            received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
        await using var connection = fixture.App.OpenConnection();
        Assert.Equal(keys.Count, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM notifications WHERE state = 'sent' AND attempts = 1"));
    }

    [Fact]
    public async Task AMentorUsersAddressIsUsedAndARecipientWithoutOneGoesToTheFallbackMailbox()
    {
        await fixture.ResetAsync();
        await fixture.App.Services.GetRequiredService<UserStore>().AddOrRotateAsync(
            new NewUser { Name = "mentor-liverpool", Role = UserRole.Mentor, City = "Liverpool", CountryCode = "GB" },
            CancellationToken.None);
        await using (var connection = fixture.App.OpenConnection())
        {
            await connection.ExecuteAsync("UPDATE users SET email = 'music@liverpool.test' WHERE name = 'mentor-liverpool'");
        }

        await fixture.AddNotificationAsync(
            "proposal:3:notice:mentor", "mentor city Liverpool", "You are asked to mentor Kumasi (Music)", "Mentor body");
        await fixture.AddNotificationAsync(
            "proposal:3:notice:applicant", "applicant city Kumasi", "Your mentor city: Liverpool (Music)", "Applicant body");

        var report = await DeliverAsync();

        Assert.Equal(2, report.Sent);
        var received = fixture.Sink.Received();
        var mentor = Assert.Single(received, m => m.RcptTos.SequenceEqual(["music@liverpool.test"]));
        Assert.Equal("You are asked to mentor Kumasi (Music)", mentor.Subject);
        var fallback = Assert.Single(received, m => m.RcptTos.SequenceEqual([NotificationsFixture.Fallback]));
        Assert.Equal("[for applicant city Kumasi] Your mentor city: Liverpool (Music)", fallback.Subject);
        Assert.Contains("This message is for applicant city Kumasi", fallback.Body, StringComparison.Ordinal);
        Assert.Contains("Applicant body", fallback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileTheMailServerIsDownANoticeIsRetriedWithGrowingDelaysThenDeadLetteredForTheSecretariat()
    {
        await fixture.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        var id = await fixture.AddNotificationAsync(
            "proposal:9:notice:mentor", "mentor city Bologna", "Subject", "Body", email: "bologna@ccn.test");
        await fixture.Sink.StopServerAsync();

        // Fixed jitter puts each retry at the top of its window: 30 s, 60 s, then 90 s where 120 s is capped.
        TimeSpan[] delays = [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(90)];
        for (var attempt = 1; attempt < NotificationsFixture.MaxAttempts; attempt++)
        {
            var report = await DeliverAsync();
            Assert.Equal(new DeliveryReport(0, 1, 0), report);
            var row = await fixture.RowAsync(id);
            Assert.Equal("pending", row.State);
            Assert.Equal(attempt, row.Attempts);
            Assert.Equal(fixture.Clock.GetUtcNow() + delays[attempt - 1], row.NextAttemptAt);
            Assert.False(string.IsNullOrWhiteSpace(row.LastError));

            // Not due a second before its time; due at it.
            fixture.Clock.Advance(delays[attempt - 1] - TimeSpan.FromSeconds(1));
            Assert.Equal(new DeliveryReport(0, 0, 0), await DeliverAsync());
            Assert.Equal(attempt, (await fixture.RowAsync(id)).Attempts);
            fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(new DeliveryReport(0, 0, 1), await DeliverAsync());
        var dead = await fixture.RowAsync(id);
        Assert.Equal("dead", dead.State);
        Assert.Equal(NotificationsFixture.MaxAttempts, dead.Attempts);
        Assert.Null(dead.NextAttemptAt);
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DeliveryReport(0, 0, 0), await DeliverAsync());
        Assert.Empty(fixture.Sink.Received());

        var listed = await (await secretariat.GetAsync("/api/notifications?state=dead")).JsonAsync();
        var letter = Assert.Single(listed.EnumerateArray());
        Assert.Equal(id, letter.GetProperty("id").GetInt64());
        Assert.Equal(NotificationsFixture.MaxAttempts, letter.GetProperty("attempts").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("last_error").GetString()));
        var pending = await (await secretariat.GetAsync("/api/notifications?state=pending")).JsonAsync();
        Assert.Empty(pending.EnumerateArray());
    }

    [Fact]
    public async Task AMailboxTheServerRefusesIsDeadLetteredAtOnce()
    {
        await fixture.ResetAsync();
        var id = await fixture.AddNotificationAsync(
            "proposal:4:notice:mentor", "mentor city Nowhere", "Subject", "Body", email: "bounce@ccn.test");

        var report = await DeliverAsync();

        Assert.Equal(new DeliveryReport(0, 0, 1), report);
        var row = await fixture.RowAsync(id);
        Assert.Equal("dead", row.State);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("No such mailbox", row.LastError, StringComparison.Ordinal);
        Assert.Empty(fixture.Sink.Received());
    }

    [Fact]
    public async Task ATemporaryRefusalIsRetriedLaterNotDeadLettered()
    {
        await fixture.ResetAsync();
        var id = await fixture.AddNotificationAsync(
            "proposal:5:notice:mentor", "mentor city Busy", "Subject", "Body", email: "busy@ccn.test");

        var report = await DeliverAsync();

        Assert.Equal(new DeliveryReport(0, 1, 0), report);
        var row = await fixture.RowAsync(id);
        Assert.Equal(("pending", 1), (row.State, row.Attempts));
        Assert.Contains("try again later", row.LastError, StringComparison.Ordinal);
        Assert.NotNull(row.NextAttemptAt);
        Assert.Empty(fixture.Sink.Received());
    }

    [Fact]
    public async Task AServerThatDoesNotAnswerInTimeCountsAsAFailedAttemptThatIsRetried()
    {
        await fixture.ResetAsync();
        var id = await fixture.AddNotificationAsync(
            "proposal:6:notice:mentor", "mentor city Slow", "Subject", "Body", email: "slow@ccn.test");

        var report = await DeliverAsync();

        Assert.Equal(new DeliveryReport(0, 1, 0), report);
        var row = await fixture.RowAsync(id);
        Assert.Equal(("pending", 1), (row.State, row.Attempts));
        Assert.Contains("did not accept the message within", row.LastError, StringComparison.Ordinal);
    }

    private Task<DeliveryReport> DeliverAsync() => fixture.Delivery.DeliverDueAsync(CancellationToken.None);
}
