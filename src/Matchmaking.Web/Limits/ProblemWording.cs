namespace Matchmaking.Web.Limits;

/// <summary>
/// Every ProblemDetails the service writes says what was wrong: the answers ASP.NET Core gives without a detail (a 415
/// from a JSON endpoint, a 404, a bare 400) get one in words a user understands.
/// </summary>
internal static class ProblemWording
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var request = context.HttpContext.Request;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest => "The request cannot be read: check its URL, headers and body.",
            StatusCodes.Status401Unauthorized => "Sign in, or send an API token as 'Authorization: Bearer <token>'.",
            StatusCodes.Status403Forbidden => "Your account may not do this.",
            StatusCodes.Status404NotFound => $"Nothing is at {request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not accepted at {request.Path}.",
            StatusCodes.Status415UnsupportedMediaType =>
                $"Send the body as JSON with Content-Type: application/json, not '{request.ContentType ?? "no Content-Type"}'.",
            _ => problem.Detail,
        };
    }
}
