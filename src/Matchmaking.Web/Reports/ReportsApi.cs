using Matchmaking.Core.Reports;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matchmaking.Web.Reports;

internal static class ReportsApi
{
    public static void MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls/{year:int}").WithTags("Reports").RequireAuthorization(Policies.SecretariatOrCoordinator);
        group.MapGet("/report", JsonAsync);
        group.MapGet("/report.csv", CsvAsync).AllowPageSession().Produces<string>(contentType: "text/csv");
    }

    /// <summary>Established pairs and unmatched applicants with their reasons, as things stand now.</summary>
    private static async Task<Ok<ClosingReport>> JsonAsync(
        int year, HttpContext context, ClosingReportService reports, CancellationToken cancellationToken) =>
        TypedResults.Ok((await reports.BuildAsync(year, cancellationToken)).For(context.User.ToCurrentUser()));

    private static async Task<FileContentHttpResult> CsvAsync(
        int year, HttpContext context, ClosingReportService reports, CancellationToken cancellationToken)
    {
        var csv = ClosingReportService.ToCsv((await reports.BuildAsync(year, cancellationToken)).For(context.User.ToCurrentUser()));
        return Exports.CsvDownload.File(csv, $"closing-report-{year}.csv");
    }
}
