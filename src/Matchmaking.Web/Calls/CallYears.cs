using Matchmaking.Core.Calls;
using Matchmaking.Core.Outcomes;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Calls;

internal static class CallYears
{
    /// <summary>A ValidationProblem for a year no call can have, in the request's language; or null.</summary>
    public static IResult? Invalid(int year) => year is < CallStore.MinYear or > CallStore.MaxYear ? new OutOfRange(year) : null;

    /// <summary>
    /// Worded when the answer is written, in the request's language (the endpoints that ask need not carry the localizer).
    /// </summary>
    private sealed class OutOfRange(int year) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var texts = httpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
            var refusal = Refusal.Invalid("year", new Phrase("call_year_out_of_range", CallStore.MinYear, CallStore.MaxYear, year));
            return texts.Problem(refusal).Result.ExecuteAsync(httpContext);
        }
    }
}
