namespace Matchmaking.Core.Outcomes;

public enum RefusalKind
{
    NotFound,
    Forbidden,
    /// <summary>Not in a state for this (a decided pair, a full mentor, a name taken).</summary>
    Conflict,
    /// <summary>The request itself is wrong: <see cref="Refusal.Field"/> names what to correct.</summary>
    Invalid,
}

/// <summary>Why a command was not carried out: its kind (the HTTP status at the edge), the reason as a phrase, and for an invalid request the field.</summary>
/// <param name="Field">The request's field as the API names it (<c>note</c>, <c>mentor_id</c>); null when the refusal is not about one field.</param>
public sealed record Refusal(RefusalKind Kind, Phrase Reason, string? Field = null)
{
    public static Refusal NotFound(Phrase reason) => new(RefusalKind.NotFound, reason);

    public static Refusal Forbidden(Phrase reason) => new(RefusalKind.Forbidden, reason);

    public static Refusal Conflict(Phrase reason) => new(RefusalKind.Conflict, reason);

    public static Refusal Invalid(string field, Phrase reason) => new(RefusalKind.Invalid, reason, field);
}
