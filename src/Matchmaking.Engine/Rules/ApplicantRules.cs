using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Engine.Rules;

/// <summary>
/// The call's rules for applicants, each a small function so that a test can pin it; the first that fails gives the reason.
/// </summary>
internal static class ApplicantRules
{
    public static bool IsValidRecord(ApplicantProfile applicant) =>
        RecordChecks.IsText(applicant.Id)
        && RecordChecks.IsText(applicant.City)
        && RecordChecks.IsCountryCode(applicant.CountryCode)
        && RecordChecks.IsField(applicant.Field)
        && RecordChecks.AreLanguages(applicant.Languages)
        && applicant.SubmittedAt != default
        && RecordChecks.IsText(applicant.Needs)
        && applicant.PreviousCalls is not null
        && applicant.PreviousCalls.All(year => year is > 1900 and < 3000);

    public static bool IsRegionEligible(ApplicantProfile applicant, IReadOnlySet<string> eligibleCountryCodes) =>
        eligibleCountryCodes.Contains(RecordChecks.Country(applicant.CountryCode))
        || eligibleCountryCodes.Contains(applicant.CountryCode);

    /// <summary>
    /// The deadline is an instant (30 March 23:59:59 in Paris, DST included), so the submission's offset does not matter.
    /// </summary>
    public static bool IsOnTime(ApplicantProfile applicant, CallSchedule call) => applicant.SubmittedAt <= call.InterestDeadline;

    /// <summary>
    /// Two consecutive earlier calls (at most two years apart) bar the city until four years after the later one.
    /// </summary>
    public static bool IsInCooldown(ApplicantProfile applicant, int callYear)
    {
        var years = applicant.PreviousCalls.Where(y => y < callYear).Distinct().Order().ToArray();
        for (var i = 1; i < years.Length; i++)
        {
            if (years[i] - years[i - 1] <= 2 && callYear < years[i] + 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The rules an applicant passed to be admissible, in order, for a pair's explanation.</summary>
    public static IReadOnlyList<string> Passed(EligibilityMode mode) => mode == EligibilityMode.Call
        ?
        [
            RuleNames.ValidRecord, RuleNames.RegionEligible, RuleNames.OnTime, RuleNames.NoReapplicationCooldown,
            RuleNames.WithinCountryQuota,
        ]
        : [RuleNames.ValidRecord];
}
