namespace Matchmaking.Core.Notifications;

/// <summary>Who a notification is for: one kind per way its address and language are found.</summary>
public enum RecipientKind
{
    /// <summary>Every coordinator of a creative field.</summary>
    FieldCoordinators,
    /// <summary>Every secretariat user.</summary>
    Secretariat,
    /// <summary>An applicant city, reached at its profile's contact e-mail.</summary>
    ApplicantCity,
    /// <summary>A mentor city, reached at its profile's contact e-mail or its mentor user's.</summary>
    MentorCity,
    /// <summary>One user account, by name.</summary>
    User,
}
