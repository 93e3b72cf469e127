namespace Matchmaking.Core.Notifications;

/// <summary>What became of one attempt to send a notification, to be written to its row (which is 'sending' until then).</summary>
internal sealed record DeliveryOutcome
{
    public required long Id { get; init; }

    /// <summary>sent, pending (to retry, or untouched after a cancelled run) or dead.</summary>
    public required string State { get; init; }

    public required int Attempts { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The failure in English, for the API, the exports and the logs.</summary>
    public string? Error { get; init; }

    /// <summary>The failure as a phrase (<c>jsonb</c>), said on the secretariat's page in its reader's language.</summary>
    public string? ErrorPhrase { get; init; }

    /// <summary>The address the mail went to, when it went.</summary>
    public string? Email { get; init; }
}
