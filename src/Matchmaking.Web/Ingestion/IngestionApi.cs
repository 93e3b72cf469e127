using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion.Inbox;
using Matchmaking.Core.Ingestion.Portal;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Calls;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;
using Hangfire;

namespace Matchmaking.Web.Ingestion;

/// <summary>The secretariat's view of the ingestion sources: run a portal sync now, see where it stands, see every import.</summary>
internal static class IngestionApi
{
    public sealed record PortalStatus
    {
        public required bool Enabled { get; init; }
        public Uri? BaseUrl { get; init; }
        public required int CallYear { get; init; }
        public required TimeSpan Interval { get; init; }
        public required IReadOnlyList<PortalFeedStatus> Feeds { get; init; }
    }

    public static void MapIngestionApi(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Ingestion").RequireAuthorization(Policies.Secretariat);
        portal.MapPost("/sync", SyncNowAsync)
            .Produces<PortalStatus>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        portal.MapGet("/status", StatusAsync);
        app.MapGet("/api/calls/{year:int}/imports", ImportsAsync).WithTags("Ingestion").RequireAuthorization(Policies.Secretariat);
    }

    /// <summary>Enqueues a sync as a Hangfire job; a worker runs it, after any sync already running.</summary>
    private static async Task<Results<Accepted<PortalStatus>, ProblemHttpResult>> SyncNowAsync(
        IOptions<PortalOptions> options, IBackgroundJobClient jobs, PortalSyncState state, IStringLocalizer<Texts> texts,
        CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: texts["The portal is not enabled"],
                detail: texts["Set Portal:Enabled, Portal:BaseUrl and Portal:CallYear to sync from the applications portal."]);
        }

        PortalSyncJob.RequestNow(jobs);
        return TypedResults.Accepted("/api/portal/status", await StatusOfAsync(options.Value, state, cancellationToken));
    }

    private static async Task<Ok<PortalStatus>> StatusAsync(
        IOptions<PortalOptions> options, PortalSyncState state, CancellationToken cancellationToken) =>
        TypedResults.Ok(await StatusOfAsync(options.Value, state, cancellationToken));

    private static async Task<IResult> ImportsAsync(
        int year, NpgsqlDataSource dataSource, InboxClaims inbox, CancellationToken cancellationToken) =>
        CallYears.Invalid(year) ?? TypedResults.Ok(await ImportHistory.ForCallAsync(dataSource, inbox, year, cancellationToken));

    private static async Task<PortalStatus> StatusOfAsync(
        PortalOptions options, PortalSyncState state, CancellationToken cancellationToken) =>
        new()
        {
            Enabled = options.Enabled,
            BaseUrl = options.BaseUrl,
            CallYear = options.CallYear,
            Interval = options.Interval,
            Feeds = options.Enabled ? await state.StatusAsync(options.CallYear, cancellationToken) : [],
        };
}
