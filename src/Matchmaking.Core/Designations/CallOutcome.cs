using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Designations;

/// <summary>An applicant of a call and whether it was designated (null: not recorded yet).</summary>
public sealed record CallOutcome
{
    public required string ApplicantId { get; init; }
    public required string City { get; init; }
    public required string CountryCode { get; init; }
    public required CreativeField Field { get; init; }
    public bool? Designated { get; init; }
    public string? RecordedBy { get; init; }
    public DateTimeOffset? RecordedAt { get; init; }
}

