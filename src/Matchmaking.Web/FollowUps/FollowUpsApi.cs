using Matchmaking.Core.FollowUps;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

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
        int year, string? state, HttpContext context, FollowUpStore followUps, IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
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
                ["state"] = [texts["'{0}' is not a task state; use one of {1}.", state, string.Join(", ", FollowUpStates.All.Select(s => s.Code()))]],
            }, title: texts["The request is not valid"]);
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

    private static async Task<IResult> RetryAsync(
        long id, HttpContext context, FollowUpCommands commands, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
        Answer(await commands.RetryAsync(id, context.User.ToCurrentUser().Label, cancellationToken), texts);

    private static async Task<IResult> CancelAsync(
        long id, HttpContext context, FollowUpCommands commands, IStringLocalizer<Texts> texts, CancellationToken cancellationToken) =>
        Answer(await commands.CancelAsync(id, context.User.ToCurrentUser().Label, cancellationToken), texts);

    private static IResult Answer(Core.Outcomes.Outcome<FollowUpView> outcome, IStringLocalizer<Texts> texts) =>
        outcome.Refusal is { } refusal ? texts.Problem(refusal).Result : TypedResults.Ok(outcome.Value!);
}
