using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// Every offer of an applicant's field as the engine scores it, for a coordinator pairing the applicant by hand: the same
/// score and similarity a round would give, the terms behind it, and why an offer cannot be chosen.
/// </summary>
public sealed record PairOptions
{
    public required string ApplicantId { get; init; }
    public required CreativeField Field { get; init; }
    /// <summary>Why the call's rules exclude the applicant (a reason code), or null when it may be paired.</summary>
    public string? Excluded { get; init; }
    /// <summary>The field's offers, the admissible first, each group by score, highest first.</summary>
    public required IReadOnlyList<MentorOption> Mentors { get; init; }
    public required string ModelVersion { get; init; }
}

/// <summary>One offer for the applicant: <see cref="NotAdmissible"/> is a reason code, null when the pair is admissible.</summary>
public sealed record MentorOption(
    string MentorId, double Score, double Similarity, IReadOnlyList<TermContribution> SharedTerms, IReadOnlyList<string> SharedLanguages,
    string? NotAdmissible);
