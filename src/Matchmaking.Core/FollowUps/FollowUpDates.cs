using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.FollowUps;

/// <summary>One task to record: its kind, what the pages call it, and when it falls due.</summary>
/// <param name="Instance">Tells apart tasks of one kind for one pair: each reminder before the deadline, each approval after an undo.</param>
public sealed record PlannedFollowUp(string Kind, string Subject, DateTimeOffset DueAt, string? Instance = null);

/// <summary>
/// When each follow-up falls due: pure date policy, Europe/Paris, from the call's dates and the lifecycle's durations.
/// </summary>
public static class FollowUpDates
{
    /// <summary>Local time of day, Europe/Paris, at which day-based reminders go out.</summary>
    private static readonly TimeSpan MorningInParis = TimeSpan.FromHours(9);

    /// <summary>On approval: the notice now, the mentor reminder, the offer's expiry, and (if still ahead) the partnership reminder.</summary>
    public static IReadOnlyList<PlannedFollowUp> ForApproval(
        string pairLabel, DateTimeOffset partnershipDeadline, DateTimeOffset now, TimeSpan reminderAfter, TimeSpan responseTime)
    {
        var planned = new List<PlannedFollowUp>
        {
            new(FollowUpKind.Notice, $"Pairing notice: {pairLabel}", now),
            new(FollowUpKind.MentorReminder, $"Reminder to answer: {pairLabel}", now + reminderAfter),
            new(FollowUpKind.OfferExpiry, $"Offer expires unless answered: {pairLabel}", now + responseTime),
        };
        var reminderAt = PartnershipReminderAt(partnershipDeadline);
        if (reminderAt > now)
        {
            planned.Add(new(FollowUpKind.PartnershipReminder, $"Partnership not yet established: {pairLabel}", reminderAt));
        }

        return planned;
    }

    /// <summary>A pair not yet established is reminded three days before the partnership deadline.</summary>
    public static DateTimeOffset PartnershipReminderAt(DateTimeOffset partnershipDeadline) => DaysBefore(partnershipDeadline, 3);

    /// <summary>The notice at once, then reminders 30 and 7 days before the application deadline (those still ahead).</summary>
    public static IReadOnlyList<PlannedFollowUp> ForEstablished(string pairLabel, DateTimeOffset applicationDeadline, DateTimeOffset now)
    {
        var planned = new List<PlannedFollowUp> { new(FollowUpKind.EstablishedNotice, $"Partnership established: {pairLabel}", now) };
        foreach (var days in new[] { 30, 7 })
        {
            var at = DaysBefore(applicationDeadline, days);
            if (at > now)
            {
                planned.Add(new(FollowUpKind.ApplicationReminder, $"Application due in {days} days: {pairLabel}", at,
                    days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return planned;
    }

    /// <summary>
    /// The call's own schedule: late applications flagged on the day after the interest deadline at 00:00, the escalation two
    /// days before the partnership deadline at 09:00, the round's close on the partnership deadline's day at 23:59.
    /// </summary>
    public static IReadOnlyList<PlannedFollowUp> ForCall(CallSchedule call)
    {
        var paris = CallSchedule.ParisTimeZone();
        var deadlineDay = TimeZoneInfo.ConvertTime(call.PartnershipDeadline, paris).Date;
        return
        [
            new(FollowUpKind.LateFlag, $"Flag applications received after the {call.Year} interest deadline",
                CallSchedule.InParis(paris, TimeZoneInfo.ConvertTime(call.InterestDeadline, paris).Date.AddDays(1))),
            new(FollowUpKind.Escalation, $"Escalation: pairs not established and applicants unmatched ({call.Year})",
                DaysBefore(call.PartnershipDeadline, 2)),
            new(FollowUpKind.RoundClose, $"Close the {call.Year} pairing round and keep the closing report",
                CallSchedule.InParis(paris, deadlineDay + new TimeSpan(23, 59, 0))),
        ];
    }

    /// <summary>n calendar days before a deadline's local date, at 09:00 Europe/Paris.</summary>
    public static DateTimeOffset DaysBefore(DateTimeOffset deadline, int days)
    {
        var paris = CallSchedule.ParisTimeZone();
        var local = TimeZoneInfo.ConvertTime(deadline, paris).Date.AddDays(-days) + MorningInParis;
        return CallSchedule.InParis(paris, local);
    }

    /// <summary>What the job dashboard calls a task's wake-up: "Mentor reminder, proposal 34", "Round close, call 2027".</summary>
    public static string JobTitle(string kind, int callYear, long? proposalId, int attempt)
    {
        var what = kind.Replace('_', ' ');
        what = what.Length == 0 ? "Follow-up" : char.ToUpperInvariant(what[0]) + what[1..];
        var subject = proposalId is { } p ? $"proposal {p}" : $"call {callYear}";
        return attempt > 1 ? $"{what}, {subject} (attempt {attempt})" : $"{what}, {subject}";
    }
}
