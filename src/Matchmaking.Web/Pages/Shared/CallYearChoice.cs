using Matchmaking.Core.Calls;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>Which call a page shows when the address names none.</summary>
internal static class CallYearChoice
{
    /// <summary>The year asked for; else the latest call; else the call whose designations are still ahead.</summary>
    public static async Task<int> ResolveAsync(int? year, CallStore calls, TimeProvider time, CancellationToken cancellationToken)
    {
        if (year is >= CallStore.MinYear and <= CallStore.MaxYear)
        {
            return year.Value;
        }

        var known = await calls.ListAsync(cancellationToken);
        if (known.Count > 0)
        {
            return known.Max(c => c.Year);
        }

        var now = time.GetUtcNow();
        return now > CallSchedule.ForYear(now.Year).DesignationsAnnounced ? now.Year + 1 : now.Year;
    }

    /// <summary>
    /// The year asked for; else the newest call with something for this person to act on; else the newest call with
    /// anything of theirs; else as <see cref="ResolveAsync"/>. A coordinator or a mentor city then lands on its pending
    /// work even once next call exists.
    /// </summary>
    public static async Task<int> ResolveForAsync(
        int? year, CallStore calls, TimeProvider time, Func<int, Task<(bool ToDo, bool Any)>> whatFor, CancellationToken cancellationToken)
    {
        if (year is >= CallStore.MinYear and <= CallStore.MaxYear)
        {
            return year.Value;
        }

        int? withAnything = null;
        foreach (var known in (await calls.ListAsync(cancellationToken)).Select(c => c.Year).OrderDescending())
        {
            var (toDo, any) = await whatFor(known);
            if (toDo)
            {
                return known;
            }

            withAnything ??= any ? known : null;
        }

        return withAnything ?? await ResolveAsync(null, calls, time, cancellationToken);
    }
}
