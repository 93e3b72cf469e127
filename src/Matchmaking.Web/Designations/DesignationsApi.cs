using Matchmaking.Core.Designations;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Designations;

/// <summary>After 29 October: which applicants of a call were designated; the others become call history.</summary>
internal static class DesignationsApi
{
    /// <param name="Designated">The ids of the applicants designated; every other applicant of the call is not.</param>
    public sealed record DesignationsRequest(IReadOnlyList<string>? Designated);

    public static void MapDesignationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls/{year:int}/designations").WithTags("Designations").RequireAuthorization(Policies.Secretariat);
        group.MapGet("/", async (int year, DesignationStore store, CancellationToken ct) => TypedResults.Ok(await store.ListAsync(year, ct)));
        group.MapPut("/", RecordAsync);
    }

    private static async Task<IResult> RecordAsync(
        int year, DesignationsRequest request, HttpContext context, DesignationStore store, IStringLocalizer<Texts> texts,
        CancellationToken cancellationToken)
    {
        if (request.Designated is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["designated"] = [texts["Give the ids of the designated applicants (an empty list when none was)."]],
            });
        }

        var outcome = await store.RecordAsync(year, request.Designated, context.User.ToCurrentUser().Label, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return texts.Problem(refusal).Result;
        }

        var recorded = outcome.Value!;
        return TypedResults.Ok(new
        {
            designated = recorded.Designated, not_designated = recorded.NotDesignated, message = DesignationWords.Recorded(texts, recorded),
        });
    }
}
