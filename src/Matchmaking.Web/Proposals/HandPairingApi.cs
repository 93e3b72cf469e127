using Matchmaking.Core.Proposals;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Proposals;

/// <summary>A coordinator sees the engine's score for every offer of an applicant's field and pairs the applicant by hand.</summary>
internal static class HandPairingApi
{
    /// <param name="ForCoordinator">The secretariat acts for an absent coordinator of the applicant's field (recorded as such).</param>
    public sealed record PairRequest(string? MentorId, string? Note, bool ForCoordinator = false);

    public static void MapHandPairingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls/{year:int}/applicants/{id}").WithTags("Proposals");
        group.MapGet("/mentor-options", ChoicesAsync).RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapPost("/pair", (int year, string id, PairRequest? body, HttpContext context, HandPairing pairing, IStringLocalizer<Texts> texts,
            CancellationToken ct) =>
            ProposalsApi.DecideAsync(pairing.PairAsync(year, id, body?.MentorId, context.User.ToCurrentUser(), body?.Note, ct,
                body?.ForCoordinator == true), texts))
            .RequireAuthorization(Policies.SecretariatOrCoordinator);
    }

    private static async Task<Results<Ok<HandPairChoices>, NotFound, ForbidHttpResult>> ChoicesAsync(
        int year, string id, HttpContext context, HandPairing pairing, CancellationToken cancellationToken)
    {
        var choices = await pairing.ChoicesAsync(year, id, cancellationToken);
        if (choices is null)
        {
            return TypedResults.NotFound();
        }

        var user = context.User.ToCurrentUser();
        return user.IsSecretariat || user.CanReview(choices.Options.Field) ? TypedResults.Ok(choices) : TypedResults.Forbid();
    }
}
