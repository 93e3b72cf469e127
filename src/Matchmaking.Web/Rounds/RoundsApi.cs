using Matchmaking.Core.Proposals;
using Matchmaking.Core.Rounds;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Calls;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Rounds;

internal static class RoundsApi
{
    public static void MapRoundsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{year:int}/rounds", StartAsync).WithTags("Rounds").RequireAuthorization(Policies.Secretariat)
            .Produces<RoundView>(StatusCodes.Status202Accepted);
        app.MapGet("/api/calls/{year:int}/rounds", ListAsync).WithTags("Rounds").RequireAuthorization(Policies.SecretariatOrCoordinator);
        var group = app.MapGroup("/api/rounds").WithTags("Rounds").RequireAuthorization();
        group.MapGet("/{id:long}", GetAsync);
        group.MapGet("/{id:long}/proposals", ProposalsAsync);
    }

    private static async Task<IResult> StartAsync(int year, HttpContext context, RoundService rounds, CancellationToken cancellationToken)
    {
        if (CallYears.Invalid(year) is { } invalid)
        {
            return invalid;
        }

        // A round of the call already queued or running is joined: the same 202, pointing at that round.
        var (round, _) = await rounds.RequestOrJoinAsync(year, context.User.ToCurrentUser(), cancellationToken);
        return TypedResults.Accepted($"/api/rounds/{round.Id}", round);
    }

    private static async Task<Ok<IReadOnlyList<RoundView>>> ListAsync(int year, RoundService rounds, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rounds.ListAsync(year, cancellationToken));

    private static async Task<Results<Ok<RoundView>, NotFound>> GetAsync(long id, RoundService rounds, CancellationToken cancellationToken) =>
        await rounds.GetAsync(id, cancellationToken) is { } round ? TypedResults.Ok(round) : TypedResults.NotFound();

    /// <summary>The secretariat sees every proposal, a coordinator those of their field, a mentor city those naming it.</summary>
    private static async Task<Results<Ok<IReadOnlyList<ProposalView>>, NotFound>> ProposalsAsync(
        long id, HttpContext context, RoundService rounds, ProposalService proposals, CancellationToken cancellationToken)
    {
        if (await rounds.GetAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var user = context.User.ToCurrentUser();
        var all = await proposals.ListForRoundAsync(id, cancellationToken);
        IReadOnlyList<ProposalView> visible = all.Where(p => ProposalAccess.CanSee(user, p)).ToList();
        return TypedResults.Ok(visible);
    }
}
