using System.Net.Sockets;
using Dapper;
using Matchmaking.Core.Outcomes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>What one delivery run did.</summary>
internal sealed record DeliveryReport(int Sent, int Retrying, int Dead);

/// <summary>
/// Delivers the outbox in three steps per notification, each its own transaction or none: the row is claimed (marked
/// 'sending', with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent runs never take the same row), the mail is sent with no
/// transaction open, and the outcome is written to the row. When the database goes away after the server accepted the
/// mail, the outcome is kept (<see cref="UnrecordedOutcomes"/>) and written first by the next run, so the message is not
/// sent again; a 'sending' row is taken by another worker only after <see cref="SmtpOptions.SendingLease"/>, when its
/// worker is presumed dead (the only way left to a duplicate, which the stable Message-ID lets the receiver drop).
/// </summary>
internal sealed class NotificationDelivery(
    NpgsqlDataSource dataSource, SmtpMailSender sender, DeliveryBackoff backoff, UnrecordedOutcomes unrecorded,
    IOptions<SmtpOptions> options, Hosting.FailureDrills drills, TimeProvider time, ILogger<NotificationDelivery> logger)
{
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Writes the outcomes an earlier run could not, then sends the notifications that are due, up to
    /// <see cref="SmtpOptions.BatchSize"/>. Throws when the database is unreachable (Hangfire runs the job again).
    /// </summary>
    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await RecordUnrecordedAsync(cancellationToken);
        int sent = 0, retrying = 0, dead = 0;
        for (var i = 0; i < options.Value.BatchSize; i++)
        {
            var outcome = await DeliverNextAsync(cancellationToken);
            switch (outcome)
            {
                case null:
                    return new DeliveryReport(sent, retrying, dead);
                case { State: NotificationStates.Sent }:
                    sent++;
                    break;
                case { State: NotificationStates.Dead }:
                    dead++;
                    break;
                default:
                    // The server is most likely down or refusing for now: stop, rather than spend an attempt (and a
                    // timeout) on every other due notification; they are tried on the next run.
                    retrying++;
                    return new DeliveryReport(sent, retrying, dead);
            }
        }

        return new DeliveryReport(sent, retrying, dead);
    }

    private async Task RecordUnrecordedAsync(CancellationToken cancellationToken)
    {
        foreach (var outcome in unrecorded.Snapshot())
        {
            await WriteAsync(outcome, cancellationToken);
            unrecorded.Forget(outcome);
            LogMessages.NotificationOutcomeRecordedLate(logger, outcome.Id, outcome.State);
        }
    }

    /// <summary>The outcome of the next due notification, or null when none is due.</summary>
    private async Task<DeliveryOutcome?> DeliverNextAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var row = await ClaimAsync(smtp, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var mail = Address(row, smtp);
        Exception? failure;
        try
        {
            failure = mail is null
                ? new NoAddressException(row.Recipient)
                : await TrySendAsync(mail, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The run was stopped mid-send: the row goes back to pending as it was, its attempt not counted.
            await WriteAsync(new DeliveryOutcome { Id = row.Id, State = NotificationStates.Pending, Attempts = row.Attempts },
                CancellationToken.None);
            throw;
        }

        var attempts = row.Attempts + 1;
        var outcome = Outcome(row, mail, failure, attempts, smtp);
        if (failure is null)
        {
            await Hosting.FailureDrills.PauseAsync(drills.PauseAfterMailSent, time, CancellationToken.None);
        }

        // Past this point the attempt happened: its outcome is written even if the run is being stopped.
        try
        {
            await WriteAsync(outcome, CancellationToken.None);
        }
        catch (Exception e)
        {
            unrecorded.Keep(outcome);
            LogMessages.NotificationOutcomeKept(logger, e, row.Id, outcome.State);
            throw;
        }

        if (failure is null)
        {
            LogMessages.NotificationSent(logger, row.Id, row.Recipient, attempts);
        }
        else if (outcome.State == NotificationStates.Pending)
        {
            LogMessages.NotificationRetryScheduled(logger, failure, row.Id, attempts, outcome.NextAttemptAt!.Value);
        }
        else
        {
            LogMessages.NotificationDeadLettered(logger, failure, row.Id, attempts);
        }

        return outcome;
    }

    /// <summary>
    /// Takes the oldest due notification and marks it 'sending', committed before anything is sent. A row left 'sending'
    /// longer than the lease belonged to a worker that died between sending and writing the outcome.
    /// </summary>
    private async Task<OutboxRow?> ClaimAsync(SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition("""
            SELECT n.id, n.idempotency_key, n.recipient, n.subject, n.body, n.attempts, coalesce(n.email, c.email) AS email
            FROM notifications n
            LEFT JOIN contacts c ON c.recipient = n.recipient
            WHERE (n.state = 'pending' AND (n.next_attempt_at IS NULL OR n.next_attempt_at <= @now))
               OR (n.state = 'sending' AND n.sending_since < @leaseStart)
            ORDER BY n.id
            LIMIT 1
            FOR UPDATE OF n SKIP LOCKED
            """, new { now, leaseStart = now - smtp.SendingLease }, transaction, cancellationToken: cancellationToken));
        if (row is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE notifications SET state = 'sending', sending_since = @now WHERE id = @Id",
                new { row.Id, now }, transaction, cancellationToken: cancellationToken));
            if (row.Email is null && Recipient.TryParse(row.Recipient, out var recipient))
            {
                row = row.WithEmail(await ContactStore.AccountEmailAsync(connection, transaction, recipient, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return row;
    }

    private DeliveryOutcome Outcome(OutboxRow row, OutgoingMail? mail, Exception? failure, int attempts, SmtpOptions smtp)
    {
        var now = time.GetUtcNow();
        if (failure is null)
        {
            return new DeliveryOutcome { Id = row.Id, State = NotificationStates.Sent, Attempts = attempts, SentAt = now, Email = mail!.To };
        }

        var retry = IsTransient(failure) && attempts < smtp.MaxAttempts;
        return new DeliveryOutcome
        {
            Id = row.Id,
            State = retry ? NotificationStates.Pending : NotificationStates.Dead,
            Attempts = attempts,
            NextAttemptAt = retry ? now + backoff.After(attempts, smtp.BaseDelay, smtp.MaxDelay) : null,
            Error = Describe(failure),
            ErrorPhrase = PhraseJson.Serialize(failure is NoAddressException
                ? new Phrase("notification_no_address", row.Recipient)
                // The server's or the connection's own message is technical and stays as it is; the sentence around it is translated.
                : new Phrase("notification_send_failed", Describe(failure))),
        };
    }

    /// <summary>Writes an outcome to a row that is still 'sending' (the secretariat cannot change a row in that state).</summary>
    private async Task WriteAsync(DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE notifications
            SET state = @State, attempts = @Attempts, sent_at = coalesce(@SentAt, sent_at), email = coalesce(@Email, email),
                next_attempt_at = @NextAttemptAt, last_error = @Error, last_error_phrase = CAST(@ErrorPhrase AS jsonb), sending_since = NULL
            WHERE id = @Id AND state = 'sending'
            """, outcome, cancellationToken: cancellationToken));
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
    /// Cancellation of the run propagates.
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

    /// <summary>No address on file and no fallback mailbox: a failure of this message that the secretariat can correct.</summary>
    private sealed class NoAddressException(string recipient)
        : InvalidOperationException($"No e-mail address is known for {recipient} and Smtp:FallbackRecipient is not set.");

    private sealed class OutboxRow
    {
        public long Id { get; init; }
        public string IdempotencyKey { get; init; } = "";
        public string Recipient { get; init; } = "";
        public string Subject { get; init; } = "";
        public string Body { get; init; } = "";
        public int Attempts { get; init; }
        public string? Email { get; init; }

        public OutboxRow WithEmail(string? email) => new()
        {
            Id = Id, IdempotencyKey = IdempotencyKey, Recipient = Recipient, Subject = Subject, Body = Body, Attempts = Attempts, Email = email,
        };
    }
}
