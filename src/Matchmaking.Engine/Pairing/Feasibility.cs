using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Pairing;

/// <summary>Before solving: per field, admissible applicants against volunteered capacity, so the secretariat sees the gaps.</summary>
internal static class Feasibility
{
    public static IReadOnlyList<FieldFeasibility> PerField(
        IReadOnlyList<ApplicantProfile> applicants, IReadOnlyList<MentorOffer> mentors) =>
        [.. CreativeFields.All.Select(field => new FieldFeasibility
        {
            Field = field,
            AdmissibleApplicants = applicants.Count(a => a.Field == field),
            MentorOffers = mentors.Count(m => m.Field == field),
            MentorCapacity = mentors.Where(m => m.Field == field).Sum(m => m.Capacity),
        })];
}
