using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Notifications;

/// <summary>The mail server the outbox is delivered through, and how delivery retries (section <c>Smtp</c>).</summary>
internal sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    /// <summary>
    /// Whether workers deliver the outbox. Off, notifications are still written and kept (pending) for the pages and
    /// the API; off by default, because a fresh machine has no mail server.
    /// </summary>
    public bool Enabled { get; set; }

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The From address of every notification.</summary>
    [Required]
    [EmailAddress]
    public string Sender { get; set; } = "matchmaking@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool EnableSsl { get; set; }

    /// <summary>
    /// Where a notification goes when no address is known for its recipient (e.g. the secretariat's mailbox); it is
    /// marked as meant for someone else. Without it, such a notification is dead-lettered.
    /// </summary>
    [EmailAddress]
    public string? FallbackRecipient { get; set; }

    /// <summary>How long one message may take to send before the attempt counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed attempts after which a notification is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The backoff after the first failure; it doubles with each further failure, up to <see cref="MaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Notifications one delivery run sends at most.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How often a worker looks for due notifications.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a notification stays 'sending' before another worker takes it: the worker that sent it is then presumed
    /// dead between sending and writing the outcome, and the message goes again (with the same Message-ID). Longer than
    /// <see cref="Timeout"/>, so that a slow send is never doubled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelay < BaseDelay)
        {
            yield return new ValidationResult("Smtp:MaxDelay must not be shorter than Smtp:BaseDelay.", [nameof(MaxDelay)]);
        }

        if (SendingLease <= Timeout)
        {
            yield return new ValidationResult("Smtp:SendingLease must be longer than Smtp:Timeout.", [nameof(SendingLease)]);
        }
    }
}
