namespace Matchmaking.Core.FollowUps;

public static class FollowUpKind
{
    /// <summary>On approval: asks the mentor city to accept, and tells the applicant.</summary>
    public const string Notice = "notice";

    /// <summary>To the mentor city when it has not answered two days after the approval.</summary>
    public const string MentorReminder = "mentor_reminder";

    /// <summary>When the mentor city's time to answer runs out: the offer expires and the field is paired again.</summary>
    public const string OfferExpiry = "offer_expiry";

    /// <summary>Three days before the partnership deadline, if the partnership is not established yet.</summary>
    public const string PartnershipReminder = "partnership_reminder";

    /// <summary>To each established pair, 30 and 7 days before the application deadline (30 June) at 09:00 Paris time.</summary>
    public const string ApplicationReminder = "application_reminder";

    /// <summary>On acceptance: tells the applicant and the coordinator that the partnership is established.</summary>
    public const string EstablishedNotice = "established_notice";

    /// <summary>31 March 00:00: applications received after the interest deadline are flagged.</summary>
    public const string LateFlag = "late_flag";

    /// <summary>Two days before 9 April: pairs not established and applicants unmatched, to the secretariat and coordinators.</summary>
    public const string Escalation = "escalation";

    /// <summary>9 April 23:59: the round closes and the closing report is kept.</summary>
    public const string RoundClose = "round_close";

    /// <summary>Every Monday: what waits for each coordinator.</summary>
    public const string Digest = "digest";
}
