using Matchmaking.Core.Notifications;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// A notification to write, in English and, where it has them, French: the outbox keeps the one its recipient reads
/// (<see cref="MailLanguage"/>), and English when there is no French text.
/// </summary>
public sealed record OutboxMessage(string Key, Recipient Recipient, string Subject, string Body)
{
    public string? FrenchSubject { get; init; }
    public string? FrenchBody { get; init; }

    /// <summary>A message in the call's two languages: (subject, body) in English, then in French.</summary>
    public static OutboxMessage Bilingual(
        string key, Recipient recipient, (string Subject, string Body) english, (string Subject, string Body) french) =>
        new(key, recipient, english.Subject, english.Body) { FrenchSubject = french.Subject, FrenchBody = french.Body };
}
