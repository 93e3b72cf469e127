using System.Net;
using System.Text;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>
/// Errors as a short page for a person in a browser (a page path asking for HTML), and as ProblemDetails for everyone
/// else. Used by the body limits (413), the rate limiter (429) and the status-code pages (404 and the like).
/// </summary>
internal static class ErrorPages
{
    /// <param name="path">The path asked for, when the request now runs another (the error page run again in its place).</param>
    public static bool WantsPage(HttpRequest request, PathString? path = null) =>
        !(path ?? request.Path).StartsWithSegments("/api") && !(path ?? request.Path).StartsWithSegments("/openapi")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, string title, string detail, string back, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var texts = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Localization.Texts>>();
        return context.Response.WriteAsync(Html(title, detail, back, texts["Back"]), cancellationToken);
    }

    private static string Html(string title, string detail, string back, string backWord)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(Localization.PageLanguages.Current).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" - Matchmaking</title>")
            .Append("<link rel=\"icon\" href=\"/favicon.ico\"><link rel=\"stylesheet\" href=\"/site.css\"></head><body><main><h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1>")
            .Append("<p role=\"alert\" class=\"errors\">").Append(WebUtility.HtmlEncode(detail)).Append("</p>")
            .Append("<p><a href=\"").Append(WebUtility.HtmlEncode(back)).Append("\">").Append(WebUtility.HtmlEncode(backWord))
            .Append("</a></p></main></body></html>");
        return html.ToString();
    }
}
