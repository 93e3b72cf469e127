namespace Matchmaking.Core.Reports;

/// <summary>Where every applicant of a call stands: in an established partnership, or unmatched with its reasons.</summary>
public sealed record ClosingReport
{
    public required int CallYear { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required IReadOnlyList<EstablishedPair> Established { get; init; }
    public required IReadOnlyList<UnmatchedApplicantLine> Unmatched { get; init; }
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
}
