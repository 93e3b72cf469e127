using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>
/// A bodiless error status (an unknown path, a 405) as a page for a browser, and as ProblemDetails for the API, instead of
/// raw JSON in front of a person.
/// </summary>
internal static class StatusCodeAnswers
{
    public static IApplicationBuilder UseStatusCodeAnswers(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            if (ErrorPages.WantsPage(http.Request))
            {
                var (title, detail) = status == StatusCodes.Status404NotFound
                    ? ("Page not found", $"There is no page at {http.Request.Path}. Check the address, or start again from the home page.")
                    : (ReasonPhrases.GetReasonPhrase(status), "This page cannot be shown. Go back and try again.");
                await ErrorPages.WriteAsync(http, title, detail, "/", http.RequestAborted);
                return;
            }

            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = status },
            });
        });
}
