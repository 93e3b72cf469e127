namespace Matchmaking.Engine.Assignment;

/// <summary>
/// An assignment with the dual potentials that certify it: for the cost <c>Ceiling - weight</c> of an applicant–mentor edge,
/// <c>cost + ApplicantPotentials[a] - MentorPotentials[m]</c> is non-negative on every edge the solver saw and did not use.
/// </summary>
internal sealed record AssignmentSolution(int[] Assigned, long[] ApplicantPotentials, long[] MentorPotentials, long Ceiling)
{
    public long ReducedCost(int applicant, int mentor, long weight) =>
        Ceiling - weight + ApplicantPotentials[applicant] - MentorPotentials[mentor];
}
