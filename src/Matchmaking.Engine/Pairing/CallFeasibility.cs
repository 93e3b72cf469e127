using Matchmaking.Engine.Rules;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// A call's feasibility before any round runs: per field, the applicants the call's rules admit against the capacity of
/// the admissible mentor offers. The same screening as a round, without the text model or the assignment, so it is
/// cheap enough to show on every page view.
/// </summary>
public static class CallFeasibility
{
    public static IReadOnlyList<FieldFeasibility> PerField(PairingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Feasibility.PerField(ApplicantScreening.Run(request).Admissible, MentorScreening.Run(request).Admissible);
    }
}
