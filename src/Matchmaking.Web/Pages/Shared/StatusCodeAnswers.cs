using Matchmaking.Web.Pages.Account;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>
/// A bodiless error status (an unknown path, a page that found nothing, a 405) answered again by <see cref="StatusModel"/>:
/// a page of the site for a browser, in its layout and the reader's language, and ProblemDetails for the API, instead of raw
/// JSON in front of a person.
/// </summary>
/// <remarks>
/// One re-executing middleware for both, not a branch per kind: a branched pipeline (<c>UseWhen</c>) has no routing of its own
/// to run the error page again.
/// </remarks>
internal static class StatusCodeAnswers
{
    public static IApplicationBuilder UseStatusCodeAnswers(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute(StatusModel.PathFormat).Use(async (context, next) =>
        {
            await next(context);
            // Seen on the way out, before the error page runs: a matched page answered 404 itself, so the address is right.
            if (context.Response.StatusCode == StatusCodes.Status404NotFound && context.GetEndpoint() is not null)
            {
                context.Items[StatusModel.AnsweredKey] = true;
            }
        });
}
