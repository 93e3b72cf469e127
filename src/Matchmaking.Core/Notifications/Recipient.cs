using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Whom a notification is for, and the one way it is written down: the label stored in <c>notifications.recipient</c> and
/// <c>contacts.recipient</c>, shown to the secretariat and given to <c>matchmaking contacts set</c>. The labels are those
/// written before this type existed ("coordinator:Music", "secretariat", "applicant city Oran", "mentor city Bologna"), so
/// stored rows read as they did; one user is "user:ana". A group (a field's coordinators, the secretariat) is written to
/// the outbox once per member with an e-mail (<see cref="OutboxWriter"/>).
/// </summary>
public sealed record Recipient
{
    private const string CoordinatorPrefix = "coordinator:";
    private const string SecretariatLabel = "secretariat";
    private const string ApplicantPrefix = "applicant city ";
    private const string MentorPrefix = "mentor city ";
    private const string UserPrefix = "user:";

    /// <summary>Before "user:", a person was named by their audit label, "role:name" ("secretariat:ana").</summary>
    private static readonly string[] LegacyUserPrefixes = ["secretariat:", "mentor:", CoordinatorPrefix];

    private Recipient(RecipientKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public RecipientKind Kind { get; }

    /// <summary>The field's display name, the city as imported, or the user's name; empty for the secretariat.</summary>
    public string Name { get; }

    /// <summary>Many people, each of whom gets their own copy in their own language.</summary>
    public bool IsGroup => Kind is RecipientKind.FieldCoordinators or RecipientKind.Secretariat;

    public static Recipient Secretariat { get; } = new(RecipientKind.Secretariat, "");

    public static Recipient Coordinators(CreativeField field) => new(RecipientKind.FieldCoordinators, field.DisplayName());

    public static Recipient ApplicantCity(string city) => new(RecipientKind.ApplicantCity, Required(city));

    public static Recipient MentorCity(string city) => new(RecipientKind.MentorCity, Required(city));

    public static Recipient User(string name) => new(RecipientKind.User, Required(name));

    /// <summary>The label: "coordinator:Music", "secretariat", "applicant city Oran", "mentor city Bologna", "user:ana".</summary>
    public string Format() => Kind switch
    {
        RecipientKind.FieldCoordinators => CoordinatorPrefix + Name,
        RecipientKind.Secretariat => SecretariatLabel,
        RecipientKind.ApplicantCity => ApplicantPrefix + Name,
        RecipientKind.MentorCity => MentorPrefix + Name,
        RecipientKind.User => UserPrefix + Name,
        _ => throw new InvalidOperationException($"Unknown recipient kind {Kind}."),
    };

    public override string ToString() => Format();

    /// <summary>Reads a label written by <see cref="Format"/>, or by the code before it (a user as "role:name").</summary>
    public static bool TryParse(string? label, out Recipient recipient)
    {
        recipient = Secretariat;
        var text = label?.Trim() ?? "";
        if (string.Equals(text, SecretariatLabel, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Rest(text, ApplicantPrefix) is { } applicant)
        {
            recipient = ApplicantCity(applicant);
            return true;
        }

        if (Rest(text, MentorPrefix) is { } mentor)
        {
            recipient = MentorCity(mentor);
            return true;
        }

        if (Rest(text, CoordinatorPrefix) is { } coordinator && CreativeFields.TryParse(coordinator, out var field))
        {
            recipient = Coordinators(field.Value);
            return true;
        }

        if (LegacyUserPrefixes.Prepend(UserPrefix).Select(prefix => Rest(text, prefix)).FirstOrDefault(n => n is not null) is { } user)
        {
            recipient = User(user);
            return true;
        }

        return false;
    }

    public static Recipient Parse(string label) =>
        TryParse(label, out var recipient) ? recipient : throw new FormatException($"'{label}' names no notification recipient.");

    private static string? Rest(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length ? text[prefix.Length..].Trim() : null;

    private static string Required(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A recipient needs a name.", nameof(name)) : name.Trim();
}
