using Matchmaking.Core.Calls;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>A GET form choosing the call a page shows (works without JavaScript).</summary>
public sealed record YearPicker(int Year, IReadOnlyList<int> Years)
{
    internal static async Task<YearPicker> ForAsync(int year, CallStore calls, CancellationToken cancellationToken)
    {
        var years = (await calls.ListAsync(cancellationToken)).Select(c => c.Year).Append(year).Distinct().OrderDescending().ToList();
        return new YearPicker(year, years);
    }
}
