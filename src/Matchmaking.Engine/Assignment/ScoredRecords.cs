using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Assignment;

/// <summary>An admissible applicant with its text vector (needs blended with profile) and language mask.</summary>
internal sealed record ScoredApplicant(ApplicantProfile Record, SparseVector Vector, ulong[] Languages, int LanguageCount)
{
    /// <summary>Mentor ids a coordinator rejected for this applicant.</summary>
    public IReadOnlySet<string> Forbidden { get; init; } = new HashSet<string>();

    /// <summary>The mentor of this applicant's pending proposal from an earlier run, if any.</summary>
    public IReadOnlySet<string> Previous { get; init; } = new HashSet<string>();
}

/// <summary>An admissible mentor offer with its text vector and language mask.</summary>
internal sealed record ScoredMentor(MentorOffer Record, SparseVector Vector, ulong[] Languages);

/// <summary>An admissible edge of the candidate graph (mentor index local to the field).</summary>
internal readonly record struct Candidate(int Mentor, double Similarity, double Score);
