using Matchmaking.Core.Proposals;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Proposals;

internal static class ProposalsApi
{
    public sealed record DecisionRequest(string? Note);

    public static void MapProposalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/proposals").WithTags("Proposals").RequireAuthorization(Policies.Coordinator);
        group.MapPost("/{id:long}/approve", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, CancellationToken ct) =>
            DecideAsync(proposals.ApproveAsync(id, context.User.ToCurrentUser(), body?.Note, ct)));
        group.MapPost("/{id:long}/reject", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, CancellationToken ct) =>
            DecideAsync(proposals.RejectAsync(id, context.User.ToCurrentUser(), body?.Note, ct)));
    }

    private static async Task<Results<Ok<ProposalView>, NotFound, ProblemHttpResult>> DecideAsync(Task<DecisionOutcome> decision)
    {
        var outcome = await decision;
        return outcome.Result switch
        {
            DecisionResult.Done => TypedResults.Ok(outcome.Proposal!),
            DecisionResult.NotFound => TypedResults.NotFound(),
            DecisionResult.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: outcome.Problem),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already decided", detail: outcome.Problem),
        };
    }
}
