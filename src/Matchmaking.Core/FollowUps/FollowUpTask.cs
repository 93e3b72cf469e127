namespace Matchmaking.Core.FollowUps;

/// <summary>A follow-up task row as the runner and the texts read it: the task, its pair and the call's deadlines.</summary>
public sealed class FollowUpTask
{
    public long Id { get; init; }
    public int CallYear { get; init; }
    public string Kind { get; init; } = "";
    public string State { get; init; } = "";
    public string IdempotencyKey { get; init; } = "";
    public string? JobId { get; init; }
    public long? ProposalId { get; init; }
    public Proposals.ProposalStatus? ProposalStatus { get; init; }
    public string? ApplicantId { get; init; }
    public string? MentorId { get; init; }
    public string? CreativeField { get; init; }
    public string? ApplicantCity { get; init; }
    public string? MentorCity { get; init; }
    public string? MentorCountry { get; init; }
    /// <summary>Who approved the pair: a coordinator, or the system re-offering after a decline.</summary>
    public string? DecidedBy { get; init; }
    /// <summary>The system approved the pair at once after the previous mentor declined (<c>proposals.reoffered</c>).</summary>
    public bool Reoffered { get; init; }

    public DateTimeOffset? PartnershipDeadline { get; init; }
    public DateTimeOffset? ApplicationDeadline { get; init; }

    public bool IsReoffer => Reoffered;

    /// <summary>A call date as the notices write it, in Paris time: "30 June 2027, 23:59 (Paris time)".</summary>
    public static string InWords(DateTimeOffset? at) => at is null
        ? "the call's deadline"
        : TimeZoneInfo.ConvertTime(at.Value, Engine.Domain.CallSchedule.ParisTimeZone())
            .ToString("d MMMM yyyy, HH:mm '(Paris time)'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The mentor city as the English notices name it: "mentor city Bologna".</summary>
    public string MentorLabel => $"mentor city {MentorCity ?? MentorId}";

    /// <summary>The applicant city as the English notices name it: "applicant city Oran".</summary>
    public string ApplicantLabel => $"applicant city {ApplicantCity ?? ApplicantId}";

    public Notifications.Recipient Mentor => Notifications.Recipient.MentorCity(MentorCity ?? MentorId ?? "");

    public Notifications.Recipient Applicant => Notifications.Recipient.ApplicantCity(ApplicantCity ?? ApplicantId ?? "");

    public Notifications.Recipient Coordinators => Notifications.Recipient.Coordinators(Engine.Domain.CreativeFields.Parse(CreativeField ?? ""));

    public string Year => CallYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
