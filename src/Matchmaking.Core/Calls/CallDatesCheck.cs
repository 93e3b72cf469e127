using System.Globalization;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Calls;

/// <summary>A call's four dates as typed (the API's body, the calls page's form); null or empty for the usual date of the year.</summary>
public sealed record CallDateTexts(string? InterestDeadline, string? PartnershipDeadline, string? ApplicationDeadline, string? DesignationsAnnounced);

/// <summary>The schedule read from <see cref="CallDateTexts"/>, and what is wrong with it, field by field (none: it can be saved).</summary>
public sealed record CallDatesReading(CallSchedule Schedule, IReadOnlyList<Refusal> Refusals)
{
    public bool IsValid => Refusals.Count == 0;
}

/// <summary>
/// What makes a call's dates valid, for the API and the calls page alike: a year a call can have, each date readable (with an
/// offset, or without one in Paris time), in the call's own year (in Paris time), and the four dates in their order. A date
/// left out is the usual one of that year, as <see cref="CallSchedule.ForYear"/> says. Field names are the API's.
/// </summary>
public static class CallDatesCheck
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static CallDatesReading Read(int year, CallDateTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (YearRefusal(year) is { } refusal)
        {
            return new CallDatesReading(CallSchedule.ForYear(CallStore.MinYear), [refusal]);
        }

        var usual = CallSchedule.ForYear(year);
        var refusals = new List<Refusal>();
        var schedule = new CallSchedule
        {
            Year = year,
            InterestDeadline = Date("interest_deadline", texts.InterestDeadline, usual.InterestDeadline, refusals),
            PartnershipDeadline = Date("partnership_deadline", texts.PartnershipDeadline, usual.PartnershipDeadline, refusals),
            ApplicationDeadline = Date("application_deadline", texts.ApplicationDeadline, usual.ApplicationDeadline, refusals),
            DesignationsAnnounced = Date("designations_announced", texts.DesignationsAnnounced, usual.DesignationsAnnounced, refusals),
        };
        if (refusals.Count == 0)
        {
            return new CallDatesReading(schedule, Refusals(schedule));
        }

        // The dates that could be read are still checked against the year, so that one answer names every wrong date; their
        // order waits until all four can be read.
        var refused = refusals.Select(r => r.Field).ToHashSet(StringComparer.Ordinal);
        refusals.AddRange(Refusals(schedule).Where(r => r.Field != "dates" && !refused.Contains(r.Field)));
        return new CallDatesReading(schedule, refusals);
    }

    /// <summary>What is wrong with a schedule's year and dates; empty when it can be saved.</summary>
    public static IReadOnlyList<Refusal> Refusals(CallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (YearRefusal(schedule.Year) is { } refusal)
        {
            return [refusal];
        }

        var paris = CallSchedule.ParisTimeZone();
        var refusals = Dates(schedule)
            .Where(d => TimeZoneInfo.ConvertTime(d.Value, paris).Year != schedule.Year)
            .Select(d => Refusal.Invalid(d.Name, new Phrase("call_date_outside_year", d.Value, schedule.Year)))
            .ToList();
        if (refusals.Count == 0 && !(schedule.InterestDeadline < schedule.PartnershipDeadline
                                     && schedule.PartnershipDeadline < schedule.ApplicationDeadline
                                     && schedule.ApplicationDeadline < schedule.DesignationsAnnounced))
        {
            refusals.Add(Refusal.Invalid("dates", new Phrase("call_dates_out_of_order")));
        }

        return refusals;
    }

    /// <summary>A year no call can have, refused; null for a good one.</summary>
    public static Refusal? YearRefusal(int year) => year is < CallStore.MinYear or > CallStore.MaxYear
        ? Refusal.Invalid("year", new Phrase("call_year_out_of_range", CallStore.MinYear, CallStore.MaxYear, year))
        : null;

    /// <summary>The four dates with their API names, in order.</summary>
    public static IEnumerable<(string Name, DateTimeOffset Value)> Dates(CallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        yield return ("interest_deadline", schedule.InterestDeadline);
        yield return ("partnership_deadline", schedule.PartnershipDeadline);
        yield return ("application_deadline", schedule.ApplicationDeadline);
        yield return ("designations_announced", schedule.DesignationsAnnounced);
    }

    /// <summary>
    /// A date and time as people write it: with an offset (<c>2027-03-30T23:59:00+02:00</c>, or <c>Z</c>) it is that instant;
    /// without one (<c>2027-03-30T23:59</c>) it is Paris time, the call's time zone, not the server's or UTC. Empty: the usual date.
    /// </summary>
    private static DateTimeOffset Date(string name, string? text, DateTimeOffset usual, List<Refusal> refusals)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return usual;
        }

        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var paris = CallSchedule.ParisTimeZone();
            if (!paris.IsInvalidTime(local))
            {
                return CallSchedule.InParis(paris, local);
            }

            refusals.Add(Refusal.Invalid(name, new Phrase("call_date_skipped_in_paris", trimmed)));
            return usual;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && trimmed.Contains('T', StringComparison.Ordinal))
        {
            return instant;
        }

        refusals.Add(Refusal.Invalid(name, new Phrase("call_date_unreadable", trimmed)));
        return usual;
    }
}
