using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Proposals;

internal static class ProposalsApi
{
    /// <param name="ForCoordinator">The secretariat acts for an absent coordinator of the pair's field (recorded as such).</param>
    public sealed record DecisionRequest(string? Note, bool ForCoordinator = false);

    public sealed record ReassignRequest(string? MentorId, string? Note, bool ForCoordinator = false);

    public static void MapProposalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/proposals").WithTags("Proposals");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization();
        // The coordinator's decisions; the secretariat may take them only with for_coordinator, for an absent coordinator.
        group.MapPost("/{id:long}/approve", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.ApproveAsync(id, context.User.ToCurrentUser(), body?.Note, ct, body?.ForCoordinator == true), texts))
            .RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapPost("/{id:long}/reject", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.RejectAsync(id, context.User.ToCurrentUser(), body?.Note, ct, body?.ForCoordinator == true), texts, context))
            .RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapPost("/{id:long}/undo", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.UndoApprovalAsync(id, context.User.ToCurrentUser(), body?.Note, ct, body?.ForCoordinator == true), texts))
            .RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapPost("/{id:long}/reassign", (long id, ReassignRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.ReassignAsync(id, body?.MentorId ?? "", context.User.ToCurrentUser(), body?.Note, ct, body?.ForCoordinator == true), texts))
            .RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapPost("/{id:long}/accept", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.AcceptAsync(id, context.User.ToCurrentUser(), body?.Note, ct), texts)).RequireAuthorization(Policies.Mentor);
        group.MapPost("/{id:long}/decline", (long id, DecisionRequest? body, HttpContext context, ProposalService proposals, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            DecideAsync(proposals.DeclineAsync(id, context.User.ToCurrentUser(), body?.Note, ct), texts)).RequireAuthorization(Policies.Mentor);
        app.MapGet("/api/calls/{year:int}/proposals", ListCurrentAsync).WithTags("Proposals").RequireAuthorization()
            .Produces<IReadOnlyList<ProposalView>>(StatusCodes.Status200OK, "application/json");
    }

    private static async Task<Results<Ok<ProposalView>, NotFound, ForbidHttpResult>> GetAsync(
        long id, HttpContext context, ProposalService proposals, CancellationToken cancellationToken)
    {
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }

        return ProposalAccess.CanSee(context.User.ToCurrentUser(), proposal) ? TypedResults.Ok(proposal) : TypedResults.Forbid();
    }

    /// <summary>The current pairs of a call (latest round per field), as each person may see them.</summary>
    private static async Task<FileContentHttpResult> ListCurrentAsync(
        int year, HttpContext context, ProposalListResponses responses, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await responses.GetAsync(year, context.User.ToCurrentUser(), cancellationToken), "application/json; charset=utf-8");

    /// <summary>
    /// A decision's answer: the proposal as it now stands, or the refusal as problem details in the request's language. After a
    /// reject, the next best pair proposed in its place is named in a <c>Next-Proposal</c> header.
    /// </summary>
    internal static async Task<Results<Ok<ProposalView>, ProblemHttpResult, ValidationProblem>> DecideAsync(
        Task<Outcome<Decided>> decision, IStringLocalizer<Texts> texts, HttpContext? context = null)
    {
        var outcome = await decision;
        if (outcome.Refusal is { } refusal)
        {
            return texts.Problem(refusal).Result switch
            {
                ValidationProblem invalid => invalid,
                var problem => (ProblemHttpResult)problem,
            };
        }

        var decided = outcome.Value!;
        if (context is not null && decided.Next is { } next)
        {
            context.Response.Headers["Next-Proposal"] = $"/api/proposals/{next.Id}";
        }

        return TypedResults.Ok(decided.Proposal);
    }
}
