namespace Matchmaking.Core.Notifications;

public sealed record NotificationView
{
    public required long Id { get; init; }
    public long? FollowUpId { get; init; }
    public required string IdempotencyKey { get; init; }
    /// <summary>Whom it is for, as the writer labelled it ("mentor city Bologna").</summary>
    public required string Recipient { get; init; }
    /// <summary>The address, if the writer gave one or once it was sent.</summary>
    public string? Email { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    /// <summary>pending, sending, sent, dead or cancelled.</summary>
    public required string State { get; init; }
    public required int Attempts { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    /// <summary>The last failure in English, for the API and the exports.</summary>
    public string? LastError { get; init; }
    /// <summary>The last failure as a phrase, said on the secretariat's page in its language; null for a row written before phrases.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Outcomes.Phrase? LastErrorPhrase { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
}
