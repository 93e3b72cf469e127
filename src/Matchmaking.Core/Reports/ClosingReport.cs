namespace Matchmaking.Core.Reports;

/// <summary>Where every applicant of a call stands: in an established partnership, or unmatched with its reasons.</summary>
public sealed record ClosingReport
{
    public required int CallYear { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<EstablishedPair> Established { get; init; }
    public required IReadOnlyList<UnmatchedApplicantLine> Unmatched { get; init; }

    /// <summary>What a reader may see: the secretariat all of it, a coordinator the lines of its own field.</summary>
    public ClosingReport For(Users.CurrentUser user) => user.IsSecretariat ? this : this with
    {
        Established = Established.Where(p => IsReviewedBy(user, p.Field)).ToList(),
        Unmatched = Unmatched.Where(u => IsReviewedBy(user, u.Field)).ToList(),
    };

    private static bool IsReviewedBy(Users.CurrentUser user, string field) =>
        Engine.Domain.CreativeFields.TryParse(field, out var parsed) && user.CanReview(parsed.Value);
}

public sealed record EstablishedPair
{
    public required string ApplicantId { get; init; }
    public required string ApplicantCity { get; init; }
    public required string ApplicantCountry { get; init; }
    public required string MentorId { get; init; }
    public required string MentorCity { get; init; }
    public required string MentorCountry { get; init; }
    public required string Field { get; init; }
    public required double Score { get; init; }
    public DateTimeOffset? EstablishedAt { get; init; }
}

public sealed record UnmatchedApplicantLine
{
    public required string ApplicantId { get; init; }
    public required string ApplicantCity { get; init; }
    public required string ApplicantCountry { get; init; }
    public required string Field { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>The mentor of a pair still in progress (awaiting the coordinator or the mentor's answer), if any.</summary>
    public string? MentorId { get; init; }
    public string? MentorCity { get; init; }
    public string? MentorCountry { get; init; }
}
