using Matchmaking.Core.Calls;
using Matchmaking.Core.Outcomes;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Calls;

internal static class CallsApi
{
    /// <summary>
    /// A call's four dates, each optional: with an offset, or without one in Paris time; one left out is the usual date of the
    /// year (30 March, 9 April, 30 June 23:59, 29 October), as on the calls page. Read as text so that each date that cannot be
    /// read is named in the answer, beside the others' problems, rather than failing the whole body.
    /// </summary>
    public sealed record CallDatesRequest
    {
        public string? InterestDeadline { get; init; }

        public string? PartnershipDeadline { get; init; }

        public string? ApplicationDeadline { get; init; }

        public string? DesignationsAnnounced { get; init; }
    }

    public static void MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization();
        group.MapGet("/", async (CallStore calls, CancellationToken ct) => TypedResults.Ok(await calls.ListAsync(ct)));
        group.MapGet("/{year:int}", GetAsync);
        group.MapPut("/{year:int}", PutAsync).RequireAuthorization(Policies.Secretariat)
            .WithSummary("Creates the call or moves its dates; a date left out is the usual one of that year");
    }

    private static async Task<Results<Ok<CallView>, NotFound>> GetAsync(int year, CallStore calls, CancellationToken cancellationToken) =>
        await calls.GetAsync(year, cancellationToken) is { } call ? TypedResults.Ok(call) : TypedResults.NotFound();

    private static async Task<Results<Ok<CallView>, ValidationProblem>> PutAsync(
        int year, CallDatesRequest? dates, HttpContext context, CallStore calls, IStringLocalizer<Texts> texts,
        CancellationToken cancellationToken)
    {
        var reading = CallDatesCheck.Read(year, new CallDateTexts(
            dates?.InterestDeadline, dates?.PartnershipDeadline, dates?.ApplicationDeadline, dates?.DesignationsAnnounced));
        if (!reading.IsValid)
        {
            return Invalid(reading.Refusals, texts);
        }

        return TypedResults.Ok(await calls.UpsertAsync(reading.Schedule, context.User.ToCurrentUser().Label, cancellationToken));
    }

    /// <summary>Every refusal under its field, in the request's language, with the phrases' codes for programs.</summary>
    private static ValidationProblem Invalid(IReadOnlyList<Refusal> refusals, IStringLocalizer<Texts> texts) =>
        TypedResults.ValidationProblem(
            refusals.GroupBy(r => r.Field ?? "body", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => texts.Say(r.Reason)).ToArray(), StringComparer.Ordinal),
            title: texts["The call's dates are not valid"],
            extensions: new Dictionary<string, object?> { ["codes"] = refusals.Select(r => r.Reason.Code).Distinct().ToArray() });
}
