namespace Matchmaking.Engine.Rules;

/// <summary>Names of the rules a proposed pair passed, listed in its explanation in the order they were checked.</summary>
public static class RuleNames
{
    public const string ValidRecord = "valid_record";
    public const string RegionEligible = "region_eligible";
    public const string OnTime = "on_time";
    public const string NoReapplicationCooldown = "no_reapplication_cooldown";
    public const string WithinCountryQuota = "within_country_quota";
    public const string MentorValidRecord = "mentor_valid_record";
    public const string MentorMemberInField = "mentor_member_in_field";
    public const string SameField = "same_field";
    public const string CommonLanguage = "common_language";
    public const string NotRejectedByCoordinator = "not_rejected_by_coordinator";
    public const string ApprovedByCoordinator = "approved_by_coordinator";
}
