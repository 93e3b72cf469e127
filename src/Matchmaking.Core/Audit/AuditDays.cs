using System.Globalization;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Audit;

/// <summary>
/// The audit log's From and Until days as people type them (yyyy-MM-dd, Paris time, both days included), for the page and its
/// CSV alike, so that the download holds what the page shows.
/// </summary>
public static class AuditDays
{
    /// <summary>A typed day; null for an empty one; false for text that is not a day.</summary>
    public static bool TryRead(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
        {
            return false;
        }

        day = read;
        return true;
    }

    /// <summary>The filter from the start of <paramref name="from"/> to the end of <paramref name="until"/> in Paris.</summary>
    public static AuditFilter Filter(string? actor, string? what, DateOnly? from, DateOnly? until) =>
        new(actor, what, from is { } f ? Start(f) : null, until is { } u ? Start(u.AddDays(1)) : null);

    /// <summary>Text that is not a day is left out of the filter, as the page does (which also says so).</summary>
    public static AuditFilter Filter(string? actor, string? what, string? from, string? until) =>
        Filter(actor, what, TryRead(from, out var start) ? start : null, TryRead(until, out var end) ? end : null);

    private static DateTimeOffset Start(DateOnly day) =>
        CallSchedule.InParis(CallSchedule.ParisTimeZone(), day.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();
}
