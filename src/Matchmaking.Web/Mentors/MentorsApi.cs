using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Mentors;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Calls;
using Matchmaking.Web.Imports;
using Matchmaking.Web.Limits;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Mentors;

internal static class MentorsApi
{
    public static void MapMentorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls/{year:int}/mentors").WithTags("Mentors");
        group.MapPost("/", ImportAsync).RequireAuthorization(Policies.Secretariat)
            .WithMetadata(new ImportBodyAttribute()).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(RateLimits.RateLimiting.Imports).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Accepts<IReadOnlyList<MentorOffer>>("application/json", "text/csv")
            .Produces<ImportOutcome>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", ListAsync).RequireAuthorization();
        group.MapGet("/{id}", GetAsync).RequireAuthorization();
        group.MapPut("/{id}", SaveAsync).RequireAuthorization(Policies.SecretariatOrMentor)
            .Accepts<MentorOffer>("application/json").Produces<MentorOffer>().ProducesValidationProblem();
    }

    private static Task<IResult> ImportAsync(int year, HttpContext context, MentorStore store, CancellationToken cancellationToken) =>
        ImportBody.ImportAsync<MentorOffer>(year, "mentors", context, ProfileReader.ReadMentorsAsync, store.ImportAsync, cancellationToken);

    /// <summary>The secretariat sees every offer, a coordinator those of their field, a mentor city its own.</summary>
    private static async Task<Ok<IReadOnlyList<MentorOffer>>> ListAsync(
        int year, HttpContext context, MentorStore store, CancellationToken cancellationToken)
    {
        var user = context.User.ToCurrentUser();
        var all = await store.ListAsync(year, cancellationToken);
        IReadOnlyList<MentorOffer> visible = all.Where(m => CanSee(user, m)).ToList();
        return TypedResults.Ok(visible);
    }

    private static async Task<Results<Ok<MentorOffer>, NotFound, ForbidHttpResult>> GetAsync(
        int year, string id, HttpContext context, MentorStore store, CancellationToken cancellationToken)
    {
        var offer = await store.GetAsync(year, id, cancellationToken);
        if (offer is null)
        {
            return TypedResults.NotFound();
        }

        return CanSee(context.User.ToCurrentUser(), offer) ? TypedResults.Ok(offer) : TypedResults.Forbid();
    }

    /// <summary>
    /// A mentor city edits its own offer (and cannot move it to another city); the secretariat edits any. The body is
    /// one offer as a JSON object, validated by the same reader as the imports, so errors name the field and why.
    /// </summary>
    private static async Task<IResult> SaveAsync(
        int year, string id, HttpRequest request, HttpContext context, MentorStore store, IStringLocalizer<Texts> texts,
        CancellationToken cancellationToken)
    {
        if (CallYears.Invalid(year) is { } invalid)
        {
            return invalid;
        }

        ParsedBatch<MentorOffer> batch;
        try
        {
            batch = await ProfileReader.ReadMentorsAsync(
                await SingleObjectBody.AsArrayAsync(request.Body, cancellationToken), ImportFormat.Json, $"api:mentor {id}", cancellationToken);
        }
        catch (UnreadableInputException e)
        {
            return ImportBody.Unreadable(e, texts);
        }

        if (batch.Rejected.Count > 0)
        {
            return TypedResults.ValidationProblem(batch.Rejected[0].Errors
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => texts.Say(e.Cause)).ToArray()));
        }

        var offer = batch.Accepted.Count == 1 ? batch.Accepted[0].Record : null;
        if (offer is null || !string.Equals(offer.Id, id, StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [texts["The body must be one offer whose id is '{0}'.", id]] });
        }

        var user = context.User.ToCurrentUser();
        var existing = await store.GetAsync(year, id, cancellationToken);
        if (!user.IsSecretariat
            && (!user.ActsForCity(offer.City, offer.CountryCode) || (existing is not null && !user.ActsForCity(existing.City, existing.CountryCode))))
        {
            return TypedResults.Forbid();
        }

        if (!user.IsSecretariat && !await store.IsOpenForEditsAsync(year, offer.Field, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: texts["Offer closed"],
                detail: texts["A pairing round for {0} has run; ask the secretariat to change the offer.", FieldNames.Of(offer.Field)]);
        }

        await store.SaveAsync(year, offer, user.Label, cancellationToken);
        return TypedResults.Ok(await store.GetAsync(year, id, cancellationToken));
    }

    private static bool CanSee(Core.Users.CurrentUser user, MentorOffer offer) =>
        user.IsSecretariat || user.CanReview(offer.Field) || user.ActsForCity(offer.City, offer.CountryCode);
}
