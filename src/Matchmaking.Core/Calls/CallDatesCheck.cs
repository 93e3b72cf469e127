using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Calls;

/// <summary>
/// What makes a call's dates valid, for the API and the calls page alike: a year a call can have, each date in the call's
/// own year (in Paris time), and the four dates in their order. Field names are the API's.
/// </summary>
public static class CallDatesCheck
{
    public static Dictionary<string, string[]> Errors(CallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (schedule.Year is < CallStore.MinYear or > CallStore.MaxYear)
        {
            errors["year"] = [$"A call year is between {CallStore.MinYear} and {CallStore.MaxYear}; {schedule.Year} is not."];
            return errors;
        }

        var paris = CallSchedule.ParisTimeZone();
        foreach (var (name, value) in Dates(schedule))
        {
            var local = TimeZoneInfo.ConvertTime(value, paris);
            if (local.Year != schedule.Year)
            {
                errors[name] = [$"{local:yyyy-MM-dd HH:mm} (Paris time) is not in {schedule.Year}: a call's dates fall in its own year."];
            }
        }

        if (errors.Count == 0 && !(schedule.InterestDeadline < schedule.PartnershipDeadline
                                   && schedule.PartnershipDeadline < schedule.ApplicationDeadline
                                   && schedule.ApplicationDeadline < schedule.DesignationsAnnounced))
        {
            errors["dates"] = ["The dates must follow each other: interest, partnership, application deadline, designations."];
        }

        return errors;
    }

    /// <summary>The four dates with their API names, in order.</summary>
    public static IEnumerable<(string Name, DateTimeOffset Value)> Dates(CallSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        yield return ("interest_deadline", schedule.InterestDeadline);
        yield return ("partnership_deadline", schedule.PartnershipDeadline);
        yield return ("application_deadline", schedule.ApplicationDeadline);
        yield return ("designations_announced", schedule.DesignationsAnnounced);
    }
}
