using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// Approved pairs stay as they are, even if a rule would now exclude the applicant: a coordinator's approval is a decision,
/// not a proposal. A pair whose applicant or offer is no longer in the request is dropped; an applicant approved twice
/// keeps the pair with the lower mentor id.
/// </summary>
internal static class FixedPairs
{
    public static IReadOnlyList<(ApplicantProfile Applicant, MentorOffer Mentor)> Resolve(PairingRequest request)
    {
        var applicants = request.Applicants.Where(a => a?.Id is not null).GroupBy(a => a.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var mentors = request.Mentors.Where(m => m?.Id is not null).GroupBy(m => m.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new List<(ApplicantProfile, MentorOffer)>();
        foreach (var group in request.Fixed.Where(k => k is not null).GroupBy(k => k.ApplicantId, StringComparer.Ordinal))
        {
            var key = group.Where(k => mentors.ContainsKey(k.MentorId)).OrderBy(k => k.MentorId, StringComparer.Ordinal).FirstOrDefault();
            if (key is not null && applicants.TryGetValue(key.ApplicantId, out var applicant))
            {
                result.Add((applicant, mentors[key.MentorId]));
            }
        }

        return result;
    }
}
