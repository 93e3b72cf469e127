using Matchmaking.Core.Learning;
using Matchmaking.Core.Outcomes;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Learning;

/// <summary>The text model versions learned from decisions: the secretariat trains candidates and chooses the active one.</summary>
internal static class ModelsApi
{
    public static void MapModelsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/models").WithTags("Models").RequireAuthorization(Policies.Secretariat);
        group.MapGet("/", async (ModelVersionStore versions, CancellationToken ct) => TypedResults.Ok(await versions.OverviewAsync(ct)));
        group.MapPost("/train", async Task<Accepted<ModelTrainingView>> (HttpContext context, TrainingRequests requests, CancellationToken ct) =>
        {
            var training = await requests.RequestAsync(context.User.ToCurrentUser(), ct);
            return TypedResults.Accepted($"/api/models/trainings/{training.Id}", training);
        });
        group.MapGet("/trainings/{id:long}", async Task<Results<Ok<ModelTrainingView>, NotFound>> (
            long id, ModelVersionStore versions, CancellationToken ct) =>
            await versions.TrainingAsync(id, ct) is { } training ? TypedResults.Ok(training) : TypedResults.NotFound());
        group.MapPost("/{id:long}/activate", (long id, HttpContext context, ModelTraining training, ModelVersionStore versions,
                IStringLocalizer<Texts> texts, CancellationToken ct) =>
            AnswerAsync(training.ActivateAsync(id, context.User.ToCurrentUser(), ct), versions, texts, ct));
        group.MapPost("/shipped/activate", (HttpContext context, ModelTraining training, ModelVersionStore versions,
                IStringLocalizer<Texts> texts, CancellationToken ct) =>
            AnswerAsync(training.UseShippedAsync(context.User.ToCurrentUser(), ct), versions, texts, ct));
    }

    private static async Task<IResult> AnswerAsync(
        Task<Outcome<Done>> change, ModelVersionStore versions, IStringLocalizer<Texts> texts, CancellationToken cancellationToken)
    {
        var outcome = await change;
        return outcome.Succeeded ? TypedResults.Ok(await versions.OverviewAsync(cancellationToken)) : texts.Problem(outcome.Refusal!);
    }
}
