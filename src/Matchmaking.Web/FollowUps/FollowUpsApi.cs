using Matchmaking.Core.FollowUps;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.FollowUps;

internal static class FollowUpsApi
{
    public static void MapFollowUpsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/calls/{year:int}/follow-ups", ListAsync).WithTags("Follow-ups").RequireAuthorization(Policies.SecretariatOrCoordinator);

    private static async Task<Ok<IReadOnlyList<FollowUpView>>> ListAsync(int year, FollowUpScheduler followUps, CancellationToken cancellationToken) =>
        TypedResults.Ok(await followUps.ListAsync(year, cancellationToken));
}
