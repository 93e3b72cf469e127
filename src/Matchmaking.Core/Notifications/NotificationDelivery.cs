using System.Net.Sockets;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>What one delivery run did.</summary>
internal sealed record DeliveryReport(int Sent, int Retrying, int Dead);

/// <summary>
/// Delivers the outbox. Each notification is claimed with <c>FOR UPDATE SKIP LOCKED</c> in a transaction of its own,
/// sent while the row is locked, and marked in that transaction: concurrent runs (on several workers, or a test calling
/// this beside the Hangfire job) never pick the same row, and a crash costs at most one duplicate, which the Message-ID
/// lets the receiver drop. One transaction per message rather than per batch keeps that window to one message.
/// </summary>
internal sealed class NotificationDelivery(
    NpgsqlDataSource dataSource, SmtpMailSender sender, DeliveryBackoff backoff, IOptions<SmtpOptions> options, TimeProvider time,
    ILogger<NotificationDelivery> logger)
{
    private const int MaxErrorLength = 2000;

    /// <summary>Sends the notifications that are due, up to <see cref="SmtpOptions.BatchSize"/>.</summary>
    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        int sent = 0, retrying = 0, dead = 0;
        for (var i = 0; i < options.Value.BatchSize; i++)
        {
            var outcome = await DeliverNextAsync(cancellationToken);
            switch (outcome)
            {
                case Outcome.NothingDue:
                    return new DeliveryReport(sent, retrying, dead);
                case Outcome.Sent:
                    sent++;
                    break;
                case Outcome.Dead:
                    dead++;
                    break;
                case Outcome.Retrying:
                    // The server is most likely down or refusing for now: stop, rather than spend an attempt (and a
                    // timeout) on every other due notification; they are tried on the next run.
                    retrying++;
                    return new DeliveryReport(sent, retrying, dead);
            }
        }

        return new DeliveryReport(sent, retrying, dead);
    }

    private async Task<Outcome> DeliverNextAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition("""
            SELECT n.id, n.idempotency_key, n.recipient, n.subject, n.body, n.attempts,
                   coalesce(n.email, c.email, u.email) AS email
            FROM notifications n
            LEFT JOIN contacts c ON c.recipient = n.recipient
            LEFT JOIN LATERAL (
                SELECT email FROM users
                WHERE email IS NOT NULL
                  AND (role || ':' || name = n.recipient OR (role = 'mentor' AND 'mentor city ' || city = n.recipient))
                ORDER BY id LIMIT 1) u ON true
            WHERE n.state = 'pending' AND (n.next_attempt_at IS NULL OR n.next_attempt_at <= @now)
            ORDER BY n.id
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED
            """, new { now = time.GetUtcNow() }, transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return Outcome.NothingDue;
        }

        var attempts = row.Attempts + 1;
        var mail = Address(row, smtp);
        var failure = mail is null
            ? new InvalidOperationException($"No e-mail address is known for {row.Recipient} and Smtp:FallbackRecipient is not set.")
            : await TrySendAsync(mail, cancellationToken);
        if (failure is null)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE notifications
                SET state = 'sent', sent_at = @now, attempts = @attempts, email = @To, next_attempt_at = NULL, last_error = NULL
                WHERE id = @Id
                """, new { row.Id, now = time.GetUtcNow(), attempts, mail!.To }, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            LogMessages.NotificationSent(logger, row.Id, row.Recipient, attempts);
            return Outcome.Sent;
        }

        var retry = IsTransient(failure) && attempts < smtp.MaxAttempts;
        var now = time.GetUtcNow();
        DateTimeOffset? next = retry ? now + backoff.After(attempts, smtp.BaseDelay, smtp.MaxDelay) : null;
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE notifications SET state = @state, attempts = @attempts, next_attempt_at = @next, last_error = @error WHERE id = @Id
            """, new { row.Id, state = retry ? NotificationStates.Pending : NotificationStates.Dead, attempts, next,
                error = Describe(failure) }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        if (retry)
        {
            LogMessages.NotificationRetryScheduled(logger, failure, row.Id, attempts, next!.Value);
            return Outcome.Retrying;
        }

        LogMessages.NotificationDeadLettered(logger, failure, row.Id, attempts);
        return Outcome.Dead;
    }

    /// <summary>The address on file, else the fallback mailbox with a note saying whom the message was meant for.</summary>
    private OutgoingMail? Address(OutboxRow row, SmtpOptions smtp)
    {
        if (!string.IsNullOrWhiteSpace(row.Email))
        {
            return new OutgoingMail { IdempotencyKey = row.IdempotencyKey, To = row.Email.Trim(), Subject = row.Subject, Body = row.Body };
        }

        if (string.IsNullOrWhiteSpace(smtp.FallbackRecipient))
        {
            return null;
        }

        LogMessages.NotificationSentToFallback(logger, row.Id, row.Recipient);
        return new OutgoingMail
        {
            IdempotencyKey = row.IdempotencyKey,
            To = smtp.FallbackRecipient,
            Subject = $"[for {row.Recipient}] {row.Subject}",
            Body = $"""
                This message is for {row.Recipient}, for whom no e-mail address is on file. Please forward it, and add
                the address to the contacts so that the next one goes there directly.

                {row.Body}
                """,
        };
    }

    /// <summary>
    /// The failure, if sending failed in a way that belongs to this message: the server's reply (MailKit's
    /// SmtpCommandException), the connection (SmtpProtocolException, IOException, SocketException, a timeout, TLS), a
    /// malformed address (MimeKit's ParseException, a FormatException), or the server refusing the sign-in.
    /// Cancellation of the run propagates and leaves the row pending, untouched.
    /// </summary>
    private async Task<Exception?> TrySendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(mail, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is MailKit.CommandException or MailKit.ProtocolException or MailKit.Security.AuthenticationException
                                      or MailKit.Security.SslHandshakeException or IOException or SocketException or TimeoutException
                                      or FormatException or InvalidOperationException)
        {
            return e;
        }
    }

    /// <summary>
    /// Worth trying again later: the connection failed or timed out, or the server answered with a temporary (4xx)
    /// reply. A 5xx reply is a refusal that repeating will not change (RFC 5321, 4.2.1), and a malformed address never
    /// becomes valid, so those are dead-lettered at once for the secretariat to look at.
    /// </summary>
    internal static bool IsTransient(Exception e) => e switch
    {
        MailKit.Net.Smtp.SmtpCommandException smtp => (int)smtp.StatusCode is not (>= 500 and < 600),
        MailKit.ProtocolException or IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    private static string Describe(Exception e)
    {
        var text = e.InnerException is null ? e.Message : $"{e.Message} ({e.InnerException.Message})";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    private enum Outcome
    {
        NothingDue,
        Sent,
        Retrying,
        Dead,
    }

    private sealed class OutboxRow
    {
        public long Id { get; init; }
        public string IdempotencyKey { get; init; } = "";
        public string Recipient { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Body { get; init; } = "";
        public int Attempts { get; init; }
        public string? Email { get; init; }
    }
}
