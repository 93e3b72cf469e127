using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Pairing;

public sealed record PairingResult
{
    public required string ModelVersion { get; init; }
    public required IReadOnlyList<ProposedPair> Pairs { get; init; }
    public required IReadOnlyList<UnmatchedApplicant> Unmatched { get; init; }
    public required IReadOnlyList<RejectedMentor> RejectedMentors { get; init; }
    public required IReadOnlyList<FieldFeasibility> Fields { get; init; }
}

public sealed record ProposedPair
{
    public required string ApplicantId { get; init; }
    public required string MentorId { get; init; }
    public required CreativeField Field { get; init; }
    /// <summary>The assignment's objective for this pair, in [0, 1].</summary>
    public required double Score { get; init; }
    /// <summary>Cosine similarity of the applicant's needs and the mentor's expertise, in [0, 1].</summary>
    public required double Similarity { get; init; }
    public required PairExplanation Explanation { get; init; }
    public required IReadOnlyList<Alternative> Alternatives { get; init; }
}

public sealed record PairExplanation
{
    /// <summary>Terms that contributed most to the similarity, highest first.</summary>
    public required IReadOnlyList<TermContribution> SharedTerms { get; init; }
    public required IReadOnlyList<string> RulesPassed { get; init; }
    public required IReadOnlyList<string> SharedLanguages { get; init; }
    /// <summary>The applicant's highest-scoring mentor that was not chosen, and why; null when the chosen one was the best.</summary>
    public NotChosen? BestNotChosen { get; init; }
}

public sealed record TermContribution(string Term, double Weight);

public sealed record NotChosen(string MentorId, double Score, string Reason);

public sealed record Alternative(string MentorId, double Score, double Similarity);

public sealed record UnmatchedApplicant(string ApplicantId, IReadOnlyList<string> Reasons);

public sealed record RejectedMentor(string MentorId, IReadOnlyList<string> Reasons);

public sealed record FieldFeasibility
{
    public required CreativeField Field { get; init; }
    public required int AdmissibleApplicants { get; init; }
    public required int MentorOffers { get; init; }
    public required int MentorCapacity { get; init; }
    /// <summary>Applicants beyond the volunteered capacity: how many more mentor places the field needs.</summary>
    public int Shortfall => Math.Max(0, AdmissibleApplicants - MentorCapacity);
}
