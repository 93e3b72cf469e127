using Matchmaking.Core.Calls;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Calls;

internal static class CallsApi
{
    public sealed record CallDatesRequest
    {
        public required DateTimeOffset InterestDeadline { get; init; }
        public required DateTimeOffset PartnershipDeadline { get; init; }
        public required DateTimeOffset ApplicationDeadline { get; init; }
        public required DateTimeOffset DesignationsAnnounced { get; init; }
    }

    public static void MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization();
        group.MapGet("/", async (CallStore calls, CancellationToken ct) => TypedResults.Ok(await calls.ListAsync(ct)));
        group.MapGet("/{year:int}", GetAsync);
        group.MapPut("/{year:int}", PutAsync).RequireAuthorization(Policies.Secretariat);
    }

    private static async Task<Results<Ok<CallView>, NotFound>> GetAsync(int year, CallStore calls, CancellationToken cancellationToken) =>
        await calls.GetAsync(year, cancellationToken) is { } call ? TypedResults.Ok(call) : TypedResults.NotFound();

    private static async Task<IResult> PutAsync(int year, CallDatesRequest dates, CallStore calls, CancellationToken cancellationToken)
    {
        if (CallYears.Invalid(year) is { } invalid)
        {
            return invalid;
        }

        if (!(dates.InterestDeadline < dates.PartnershipDeadline && dates.PartnershipDeadline < dates.ApplicationDeadline
              && dates.ApplicationDeadline < dates.DesignationsAnnounced))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["dates"] = ["The dates must follow each other: interest, partnership, application deadline, designations."],
            });
        }

        var schedule = new CallSchedule
        {
            Year = year,
            InterestDeadline = dates.InterestDeadline,
            PartnershipDeadline = dates.PartnershipDeadline,
            ApplicationDeadline = dates.ApplicationDeadline,
            DesignationsAnnounced = dates.DesignationsAnnounced,
        };
        return TypedResults.Ok(await calls.UpsertAsync(schedule, cancellationToken));
    }
}
