using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Proposals;

public sealed class LifecycleOptions
{
    public const string Section = "Lifecycle";

    /// <summary>How long a mentor city has to accept or decline an approved pairing before it expires.</summary>
    public TimeSpan MentorResponseTime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>When the mentor city is reminded if it has not answered.</summary>
    public TimeSpan MentorReminderAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// After a decline or an expiry, the field's re-run offers the applicant's next best mentor at once (the coordinator
    /// had already approved pairing it, and can still reject the new pair); the re-run's other pairs wait for review.
    /// Off, the new pair is only proposed to the coordinator.
    /// </summary>
    public bool ReofferAfterDecline { get; set; } = true;

    /// <summary>
    /// After a coordinator rejects a proposed pair, the applicant's next best mentor with room (from the engine's
    /// alternatives) is proposed at once in the same round, without a new round. Off, the applicant stays unmatched.
    /// </summary>
    public bool ProposeNextAfterReject { get; set; } = true;

    /// <summary>Attempts of a failing follow-up task before it is dead-lettered.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay of a failing task; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Cron expression (Europe/Paris) of the coordinators' weekly digest: Mondays at 08:00.</summary>
    [Required]
    public string DigestCron { get; set; } = "0 8 * * MON";
}
