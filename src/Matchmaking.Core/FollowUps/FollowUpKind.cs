namespace Matchmaking.Core.FollowUps;

public static class FollowUpKind
{
    /// <summary>On approval: tells both cities they are paired and asks the mentor to confirm.</summary>
    public const string Notice = "notice";

    /// <summary>Three days before the partnership deadline, if the partnership is not confirmed yet.</summary>
    public const string PartnershipReminder = "partnership_reminder";
}
