using Matchmaking.Core.Notifications;
using Matchmaking.Core.Outcomes;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Notifications;

/// <summary>The secretariat's dead-letter desk: list the outbox by state, retry a dead notification, cancel one.</summary>
internal static class NotificationsApi
{
    private const int DefaultLimit = 200;
    private const int MaxLimit = 1000;

    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization(Policies.Secretariat);
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:long}/retry", (long id, HttpContext context, NotificationOutbox outbox, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            ChangeAsync(outbox.RetryAsync(id, context.User.ToCurrentUser().Label, ct), texts));
        group.MapPost("/{id:long}/cancel", (long id, HttpContext context, NotificationOutbox outbox, IStringLocalizer<Texts> texts, CancellationToken ct) =>
            ChangeAsync(outbox.CancelAsync(id, context.User.ToCurrentUser().Label, ct), texts));
    }

    private static async Task<Results<Ok<IReadOnlyList<NotificationView>>, ValidationProblem>> ListAsync(
        string? state, int? limit, NotificationOutbox outbox, IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (state is not null && !NotificationStates.IsKnown(state))
        {
            errors["state"] = [texts["state must be one of {0}.", string.Join(", ", NotificationStates.All)]];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [texts["limit must be between 1 and {0}.", MaxLimit]];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: texts["The request is not valid"]);
        }

        return TypedResults.Ok(await outbox.ListAsync(state, limit ?? DefaultLimit, cancellationToken));
    }

    private static async Task<IResult> ChangeAsync(Task<Outcome<NotificationView>> change, IStringLocalizer<Texts> texts)
    {
        var outcome = await change;
        return outcome.Refusal is { } refusal ? texts.Problem(refusal).Result : TypedResults.Ok(outcome.Value!);
    }
}
