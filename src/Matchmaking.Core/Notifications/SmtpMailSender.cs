using System.Security.Cryptography;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

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
/// Sends mail with MailKit. A connection per message: delivery runs send a handful at a time, and a connection whose send
/// failed or timed out is left in no state worth reusing.
/// </summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options)
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Sender));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = mail.Body };
        // The outbox can send a message twice: if the process dies after the server accepted it and before the row
        // is marked sent, the next run sends it again. The Message-ID is derived from the idempotency key, so both
        // copies carry the same id and a receiving system (or the reader's client) can drop the rare duplicate.
        message.MessageId = MessageId(mail.IdempotencyKey, smtp.Sender).Trim('<', '>');
        // RFC 3834: machine-written mail; keeps out-of-office replies from answering it.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        // The timeout is elapsed time on the wire, not the domain clock: it runs on the real clock even in tests that
        // drive a manual TimeProvider (which would otherwise never let it fire).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(smtp.Timeout);
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            var security = !smtp.EnableSsl ? SecureSocketOptions.None
                : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, timeout.Token);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", timeout.Token);
            }

            await client.SendAsync(message, timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        // Two clocks can end a slow exchange: the token above, or MailKit's own socket timeout (a TimeoutException of
        // its own wording). Either way the reader gets the same sentence.
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
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
