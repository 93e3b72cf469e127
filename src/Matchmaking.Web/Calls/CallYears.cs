using Matchmaking.Core.Calls;

namespace Matchmaking.Web.Calls;

internal static class CallYears
{
    /// <summary>A ValidationProblem for a year no call can have, or null.</summary>
    public static IResult? Invalid(int year) => year is < CallStore.MinYear or > CallStore.MaxYear
        ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["year"] = [$"A call year is between {CallStore.MinYear} and {CallStore.MaxYear}; {year} is not."],
        })
        : null;
}
