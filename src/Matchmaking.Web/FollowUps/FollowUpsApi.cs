using Matchmaking.Core.FollowUps;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.FollowUps;

internal static class FollowUpsApi
{
    public sealed record ScheduleView(int CallYear, string TimeZone, string DigestCron, IReadOnlyList<FollowUpView> Tasks);

    public static void MapFollowUpsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calls/{year:int}/follow-ups", ListAsync).WithTags("Follow-ups").RequireAuthorization(Policies.SecretariatOrCoordinator);
        app.MapGet("/api/calls/{year:int}/schedule", ScheduleAsync).WithTags("Follow-ups").RequireAuthorization(Policies.SecretariatOrCoordinator);
        var group = app.MapGroup("/api/follow-ups").WithTags("Follow-ups").RequireAuthorization(Policies.Secretariat);
        group.MapPost("/{id:long}/retry", RetryAsync);
        group.MapPost("/{id:long}/cancel", CancelAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<FollowUpView>>, ValidationProblem>> ListAsync(
        int year, string? state, HttpContext context, FollowUpStore followUps, CancellationToken cancellationToken)
    {
        // A coordinator sees the tasks of its own field's pairs, and the call's own (the dates everyone works to).
        var user = context.User.ToCurrentUser();
        IReadOnlyList<FollowUpView> all = (await followUps.ListAsync(year, cancellationToken))
            .Where(f => user.IsSecretariat || f.Field is null || user.CanReview(f.Field.Value)).ToList();
        if (state is null)
        {
            return TypedResults.Ok(all);
        }

        if (!FollowUpStates.TryParse(state, out var wanted))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["state"] = [$"'{state}' is not a task state; use one of {string.Join(", ", FollowUpStates.All.Select(s => s.Code()))}."],
            });
        }

        return TypedResults.Ok<IReadOnlyList<FollowUpView>>(all.Where(f => f.State == wanted).ToList());
    }

    /// <summary>What runs when for the call (derived from its dates, Europe/Paris), and what ran.</summary>
    private static async Task<Ok<ScheduleView>> ScheduleAsync(
        int year, FollowUpStore followUps, Microsoft.Extensions.Options.IOptions<Core.Proposals.LifecycleOptions> options,
        CancellationToken cancellationToken)
    {
        var tasks = (await followUps.ListAsync(year, cancellationToken)).Where(f => f.ProposalId is null).ToList();
        return TypedResults.Ok(new ScheduleView(year, Engine.Domain.CallSchedule.TimeZoneId, options.Value.DigestCron, tasks));
    }

    private static async Task<Results<Ok<FollowUpView>, NotFound, ProblemHttpResult>> RetryAsync(
        long id, HttpContext context, FollowUpStore followUps, FollowUpCommands commands, CancellationToken cancellationToken)
    {
        if (await followUps.GetAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return await commands.RetryAsync(id, context.User.ToCurrentUser().Label, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot retry",
                detail: "Only a dead-lettered, failed or cancelled task can be retried. A dead-lettered or failed task runs again now; a cancelled one at its due time.");
    }

    private static async Task<Results<Ok<FollowUpView>, NotFound, ProblemHttpResult>> CancelAsync(
        long id, HttpContext context, FollowUpStore followUps, FollowUpCommands commands, CancellationToken cancellationToken)
    {
        if (await followUps.GetAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        return await commands.CancelAsync(id, context.User.ToCurrentUser().Label, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot cancel",
                detail: "Only a task that has not run yet, or a dead-lettered one, can be cancelled.");
    }
}
