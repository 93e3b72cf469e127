using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Notifications;

/// <summary>
/// The API host with a mail server of its own. Web role only, so no worker delivers behind a test's back: the tests
/// play the worker by calling <see cref="NotificationDelivery.DeliverDueAsync"/>. The clock is manual and the backoff's
/// jitter is fixed at the top of its window, so the delays are exact: 30 s, 60 s, then 90 s (the cap).
/// </summary>
public sealed class NotificationsFixture : IAsyncLifetime
{
    public const string Sender = "matchmaking@ccn.test";
    public const string Fallback = "secretariat@ccn.test";
    public const int MaxAttempts = 4;
    public static readonly DateTimeOffset Start = new(2027, 3, 15, 8, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Start);

    public SmtpSink Sink { get; private set; } = null!;

    public AppFactory App { get; private set; } = null!;

    internal NotificationDelivery Delivery => App.Services.GetRequiredService<NotificationDelivery>();

    public async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        App = new AppFactory
        {
            ConfigureHost = builder =>
            {
                builder.UseSetting("role", "web");
                builder.UseSetting("Smtp:Host", "127.0.0.1");
                builder.UseSetting("Smtp:Port", Sink.Port.ToString());
                builder.UseSetting("Smtp:Sender", Sender);
                builder.UseSetting("Smtp:FallbackRecipient", Fallback);
                builder.UseSetting("Smtp:Timeout", "00:00:10");
                builder.UseSetting("Smtp:MaxAttempts", MaxAttempts.ToString());
                builder.UseSetting("Smtp:BaseDelay", "00:00:30");
                builder.UseSetting("Smtp:MaxDelay", "00:01:30");
                builder.ConfigureTestServices(services =>
                {
                    services.AddSingleton<TimeProvider>(Clock);
                    services.AddSingleton(new DeliveryBackoff(() => 1.0));
                });
            },
        };
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Sink.DisposeAsync();
    }

    /// <summary>Empty tables and mailbox, the mail server up, the clock back at the start.</summary>
    public async Task ResetAsync()
    {
        await App.ResetAsync();
        await using (var connection = App.OpenConnection())
        {
            await connection.ExecuteAsync("TRUNCATE contacts");
        }

        await Sink.StartServerAsync();
        Sink.Clear();
        Clock.Set(Start);
    }

    /// <summary>Writes a notification to the outbox, as a follow-up does.</summary>
    public async Task<long> AddNotificationAsync(string key, string recipient, string subject, string body, string? email = null)
    {
        await using var connection = App.OpenConnection();
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO notifications (idempotency_key, recipient, subject, body, created_at, email)
            VALUES (@key, @recipient, @subject, @body, @now, @email)
            RETURNING id
            """, new { key, recipient, subject, body, now = Clock.GetUtcNow(), email });
    }

    public async Task<OutboxRow> RowAsync(long id)
    {
        await using var connection = App.OpenConnection();
        return await connection.QuerySingleAsync<OutboxRow>(
            "SELECT id, state, attempts, next_attempt_at, last_error, email, sent_at FROM notifications WHERE id = @id", new { id });
    }

    public sealed class OutboxRow
    {
        public long Id { get; init; }
        public string State { get; init; } = "";
        public int Attempts { get; init; }
        public DateTimeOffset? NextAttemptAt { get; init; }
        public string? LastError { get; init; }
        public string? Email { get; init; }
        public DateTimeOffset? SentAt { get; init; }
    }
}
