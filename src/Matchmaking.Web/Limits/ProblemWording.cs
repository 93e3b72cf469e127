using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Limits;

/// <summary>
/// Every ProblemDetails the service writes says what was wrong: the answers ASP.NET Core gives without a detail (a 415
/// from a JSON endpoint, a 404, a bare 400) get one in words a user understands, and the framework's English titles ("Not Found")
/// are said in the request's language.
/// </summary>
internal static class ProblemWording
{
    public static void Customize(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var texts = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        problem.Title = Title(problem.Title, texts);
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var request = context.HttpContext.Request;
        // A status answered again by the error page (UseStatusCodePagesWithReExecute) runs under /error/{status}: name the address asked for.
        var path = context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { } reExecuted
            ? reExecuted.OriginalPath
            : request.Path.ToString();
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest => texts["The request cannot be read: check its URL, headers and body."],
            StatusCodes.Status401Unauthorized => texts["Sign in, or send an API token as 'Authorization: Bearer <token>'."],
            StatusCodes.Status403Forbidden => texts["Your account may not do this."],
            StatusCodes.Status404NotFound => texts["Nothing is at {0}.", path],
            StatusCodes.Status405MethodNotAllowed => texts["{0} is not accepted at {1}.", request.Method, path],
            StatusCodes.Status415UnsupportedMediaType => NotJson(request, texts),
            _ => problem.Detail,
        };
    }

    /// <summary>The answer to a body that is not JSON where JSON is expected.</summary>
    public static string NotJson(HttpRequest request, IStringLocalizer<Texts> texts)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(texts);
        return texts["Send the body as JSON with Content-Type: application/json, not '{0}'.", request.ContentType ?? texts["no Content-Type"]];
    }

    /// <summary>
    /// The framework's default titles (RFC 9110's reason phrases) in the request's language; other titles are already words. An
    /// English request keeps the framework's own title ("Not Found").
    /// </summary>
    private static string? Title(string? title, IStringLocalizer<Texts> texts) => Translated(title, texts) is { ResourceNotFound: false } found
        ? found.Value
        : title;

    private static LocalizedString? Translated(string? title, IStringLocalizer<Texts> texts) => title switch
    {
        "Bad Request" => texts["Bad Request"],
        "Unauthorized" => texts["Unauthorized"],
        "Forbidden" => texts["Forbidden"],
        "Not Found" => texts["Not found"],
        "Method Not Allowed" => texts["Method Not Allowed"],
        "Conflict" => texts["Conflict"],
        "Unsupported Media Type" => texts["Unsupported Media Type"],
        "Too Many Requests" => texts["Too many requests"],
        "An error occurred while processing your request." => texts["An error occurred while processing your request."],
        "One or more validation errors occurred." => texts["One or more validation errors occurred."],
        _ => null,
    };
}
