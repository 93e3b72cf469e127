using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Notifications;

/// <summary>One message to one address.</summary>
internal sealed record OutgoingMail
{
    public required string IdempotencyKey { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
}

/// <summary>
/// Sends mail with System.Net.Mail's <see cref="SmtpClient"/> (MailKit is not served by this package source). A client
/// per message: it is cheap, and a client whose send failed or timed out is left in no state worth reusing.
/// </summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.EnableSsl,
            // Honoured by synchronous sends only; the asynchronous send below is bounded by the token instead.
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var message = new MailMessage
        {
            From = new MailAddress(smtp.Sender),
            Subject = mail.Subject,
            Body = mail.Body,
            IsBodyHtml = false,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(mail.To));
        // The outbox can send a message twice: if the process dies after the server accepted it and before the row
        // is marked sent, the next run sends it again. The Message-ID is derived from the idempotency key, so both
        // copies carry the same id and a receiving system (or the reader's client) can drop the rare duplicate.
        message.Headers.Add("Message-ID", MessageId(mail.IdempotencyKey, smtp.Sender));
        // RFC 3834: machine-written mail; keeps out-of-office replies from answering it.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        // The timeout is elapsed time on the wire, not the domain clock: it runs on the real clock even in tests that
        // drive a manual TimeProvider (which would otherwise never let it fire).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);
        try
        {
            await client.SendMailAsync(message, timeout.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The mail server did not accept the message within {smtp.Timeout}.", e);
        }
    }

    /// <summary>A stable Message-ID for an idempotency key: its SHA-256 (keys may hold characters a Message-ID may not).</summary>
    public static string MessageId(string idempotencyKey, string sender)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));
        var domain = sender[(sender.LastIndexOf('@') + 1)..];
        return $"<{hash[..32]}.notification@{domain}>";
    }
}
