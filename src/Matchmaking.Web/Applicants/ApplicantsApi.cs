using Matchmaking.Core.Applicants;
using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Calls;
using Matchmaking.Web.Imports;
using Matchmaking.Web.Limits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Applicants;

internal static class ApplicantsApi
{
    public static void MapApplicantsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls/{year:int}/applicants").WithTags("Applicants");
        group.MapPost("/", ImportAsync).RequireAuthorization(Policies.Secretariat)
            .WithMetadata(new ImportBodyAttribute()).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(RateLimits.RateLimiting.Imports).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Accepts<IReadOnlyList<ApplicantProfile>>("application/json", "text/csv")
            .Produces<ImportOutcome>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.SecretariatOrCoordinator);
    }

    private static Task<IResult> ImportAsync(int year, HttpContext context, ApplicantStore store, CancellationToken cancellationToken) =>
        ImportBody.ImportAsync<ApplicantProfile>(year, "applicants", context, ProfileReader.ReadApplicantsAsync, store.ImportAsync, cancellationToken);

    /// <summary>The secretariat sees every applicant; a coordinator sees the applicants of their field.</summary>
    private static async Task<Ok<IReadOnlyList<ApplicantProfile>>> ListAsync(
        int year, HttpContext context, ApplicantStore store, CancellationToken cancellationToken)
    {
        var user = context.User.ToCurrentUser();
        var all = await store.ListAsync(year, cancellationToken);
        IReadOnlyList<ApplicantProfile> visible = user.IsSecretariat ? all : all.Where(a => user.CanReview(a.Field)).ToList();
        return TypedResults.Ok(visible);
    }
}
