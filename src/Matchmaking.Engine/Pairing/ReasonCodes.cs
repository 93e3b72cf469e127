namespace Matchmaking.Engine.Pairing;

/// <summary>Stable reason codes for every exclusion; they appear in results, the API and reports.</summary>
public static class ReasonCodes
{
    public const string InvalidRecord = "invalid_record";
    public const string RegionNotEligible = "region_not_eligible";
    public const string LateSubmission = "late_submission";
    public const string ReapplicationCooldown = "reapplication_cooldown";
    public const string CountryQuotaExceeded = "country_quota_exceeded";
    public const string NoMentorInField = "no_mentor_in_field";
    public const string NoCommonLanguage = "no_common_language";
    public const string CapacityExhausted = "capacity_exhausted";
    public const string NotAMemberInField = "not_a_member_in_field";
    public const string RejectedByCoordinator = "rejected_by_coordinator";
}
