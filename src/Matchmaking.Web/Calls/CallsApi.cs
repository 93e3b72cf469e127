using System.Text.Json.Serialization;
using Matchmaking.Core.Calls;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Calls;

internal static class CallsApi
{
    /// <summary>A call's four dates; each with an offset, or without one in Paris time.</summary>
    public sealed record CallDatesRequest
    {
        [JsonConverter(typeof(ParisDateTimeConverter))]
        public required DateTimeOffset InterestDeadline { get; init; }

        [JsonConverter(typeof(ParisDateTimeConverter))]
        public required DateTimeOffset PartnershipDeadline { get; init; }

        [JsonConverter(typeof(ParisDateTimeConverter))]
        public required DateTimeOffset ApplicationDeadline { get; init; }

        [JsonConverter(typeof(ParisDateTimeConverter))]
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

    private static async Task<IResult> PutAsync(
        int year, CallDatesRequest dates, HttpContext context, CallStore calls, CancellationToken cancellationToken)
    {
        if (CallYears.Invalid(year) is { } invalid)
        {
            return invalid;
        }

        var schedule = new CallSchedule
        {
            Year = year,
            InterestDeadline = dates.InterestDeadline,
            PartnershipDeadline = dates.PartnershipDeadline,
            ApplicationDeadline = dates.ApplicationDeadline,
            DesignationsAnnounced = dates.DesignationsAnnounced,
        };
        var errors = CallDatesCheck.Errors(schedule);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The call's dates are not valid");
        }

        return TypedResults.Ok(await calls.UpsertAsync(schedule, context.User.ToCurrentUser().Label, cancellationToken));
    }
}
