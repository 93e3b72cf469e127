using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Engine.Rules;

/// <summary>Applies the applicant rules in the call's order; admissible applicants come back sorted by id.</summary>
internal sealed record ApplicantScreening(IReadOnlyList<ApplicantProfile> Admissible, IReadOnlyDictionary<string, string> Excluded)
{
    public static ApplicantScreening Run(PairingRequest request)
    {
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = request.Applicants.Where(a => a?.Id is not null).GroupBy(a => a.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var remaining = new List<ApplicantProfile>();
        var call = request.Eligibility == EligibilityMode.Call;
        foreach (var applicant in request.Applicants)
        {
            if (applicant is null)
            {
                continue;
            }

            var reason = !ApplicantRules.IsValidRecord(applicant) || duplicates.Contains(applicant.Id) ? ReasonCodes.InvalidRecord
                : !call ? null
                : !ApplicantRules.IsRegionEligible(applicant, request.EligibleCountryCodes) ? ReasonCodes.RegionNotEligible
                : !ApplicantRules.IsOnTime(applicant, request.Call) ? ReasonCodes.LateSubmission
                : ApplicantRules.IsInCooldown(applicant, request.Call.Year) ? ReasonCodes.ReapplicationCooldown
                : null;
            if (reason is null)
            {
                remaining.Add(applicant);
            }
            else if (RecordChecks.IsText(applicant.Id))
            {
                excluded.TryAdd(applicant.Id, reason);
            }
        }

        if (call)
        {
            foreach (var id in CountryQuota.Excluded(remaining))
            {
                excluded[id] = ReasonCodes.CountryQuotaExceeded;
            }

            remaining.RemoveAll(a => excluded.ContainsKey(a.Id));
        }

        remaining.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new ApplicantScreening(remaining, excluded);
    }
}
