using System.Net;
using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.Core.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Notifications;

/// <summary>
/// PostgreSQL stopped after the mail server accepted a message and before its row was marked sent, and started again:
/// the message is not sent a second time, the row ends up sent, and /health follows the database. The test plays the
/// worker (web role), with a pause after each send to stop the database in.
/// </summary>
public sealed class MailDeliveryRestartTests : IAsyncLifetime, IDisposable
{
    private readonly RestartableDatabase _cluster = new("postgres-restart-mail");
    private SmtpSink _sink = null!;
    private AppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        _app = new AppFactory
        {
            CreateDatabase = _cluster.CreateDatabaseAsync,
            ConfigureHost = b =>
            {
                b.UseSetting("role", "web");
                b.UseSetting("Smtp:Host", "127.0.0.1");
                b.UseSetting("Smtp:Port", _sink.Port.ToString());
                b.UseSetting("Smtp:Sender", NotificationsFixture.Sender);
                b.UseSetting("Smtp:Timeout", "00:00:10");
                b.ConfigureTestServices(s => s.AddSingleton(new FailureDrills { PauseAfterMailSent = TimeSpan.FromSeconds(3) }));
            },
        };
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _cluster.StopAsync();
        await _sink.DisposeAsync();
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task AMessageAcceptedBeforeTheDatabaseWentAwayIsRecordedOnceItIsBackNotSentAgain()
    {
        var client = _app.CreateClient();
        await client.WaitUntilHealthyAsync();
        long id;
        await using (var connection = await _cluster.OpenUnpooledAsync())
        {
            id = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO notifications (idempotency_key, recipient, subject, body, created_at, email)
                VALUES ('proposal:7:notice:mentor', 'mentor city Bologna', 'A pairing', 'Body', now(), 'bologna@ccn.test')
                RETURNING id
                """);
        }

        var delivery = _app.Services.GetRequiredService<NotificationDelivery>();
        var interrupted = delivery.DeliverDueAsync(CancellationToken.None);
        await _sink.WaitForAsync(1, TimeSpan.FromSeconds(20));
        await _cluster.StopAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => interrupted);
        await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, await client.GetAsync("/health"));
        // While the database is down, a run fails before it sends anything.
        await Assert.ThrowsAnyAsync<Exception>(() => delivery.DeliverDueAsync(CancellationToken.None));

        await _cluster.StartAsync();
        await client.WaitUntilHealthyAsync();
        var report = await RetryWhileReconnectingAsync(() => delivery.DeliverDueAsync(CancellationToken.None));

        Assert.Equal(new DeliveryReport(0, 0, 0), report);
        Assert.Equal("sent", await _cluster.ScalarAsync<string>("SELECT state FROM notifications WHERE id = @id", new { id }));
        Assert.Equal(1, await _cluster.ScalarAsync<int>("SELECT attempts FROM notifications WHERE id = @id", new { id }));
        var mail = Assert.Single(_sink.Received());
        Assert.Equal("A pairing", mail.Subject);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/health"));
    }

    /// <summary>The pool's connections died with the server; the first use of each may fail once (as the next job run would).</summary>
    private static Task<T> RetryWhileReconnectingAsync<T>(Func<Task<T>> action) => Eventually.SucceedsAsync(action, TimeSpan.FromSeconds(5));
}
