using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.Limits;

/// <summary>
/// Turns the request errors ASP.NET Core throws (a body over its limit, a body that is not JSON, the wrong content type)
/// into 4xx ProblemDetails in words for the sender, never a 500. Registered before the default handler.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems, IOptions<BodyLimitOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Find<BodyTooLargeException>(exception) is { } tooLarge)
        {
            await BodyLimits.RefuseAsync(context, tooLarge.Limit, null);
            return true;
        }

        if (Find<BadHttpRequestException>(exception) is not { } bad)
        {
            return false;
        }

        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await BodyLimits.RefuseAsync(context, BodyLimits.LimitOf(context, options.Value), context.Request.ContentLength);
            return true;
        }

        var (status, title, detail) = Describe(bad, context.Request);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    public static (int Status, string Title, string Detail) Describe(BadHttpRequestException bad, HttpRequest request)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (bad.StatusCode, "Unsupported body",
                $"Send the body as JSON with Content-Type: application/json, not '{request.ContentType ?? "no Content-Type"}'.");
        }

        if (bad.InnerException is JsonException json)
        {
            return (StatusCodes.Status400BadRequest, "The body is not valid JSON", Where(json));
        }

        if (request.ContentLength is 0 || bad.Message.Contains("was not provided", StringComparison.Ordinal))
        {
            return (StatusCodes.Status400BadRequest, "A body is needed", "Send a JSON object as the request body.");
        }

        return (bad.StatusCode, "The request cannot be read", "Check the request's URL, headers and body.");
    }

    /// <summary>Where a JSON body went wrong, in the sender's terms: line, column and the field, without .NET's wording.</summary>
    private static string Where(JsonException json)
    {
        var at = json.LineNumber is { } line
            ? $" at line {line + 1}, column {(json.BytePositionInLine ?? 0) + 1}"
            : "";
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        if (json is ReadableJsonException readable)
        {
            return field is { Length: > 0 } ? $"The value of '{field}'{at}: {readable.Reason}" : readable.Reason;
        }

        // System.Text.Json names the missing required properties in its message: "... missing required properties including: 'a', 'b'."
        const string Missing = "missing required properties";
        var missingAt = json.Message.IndexOf(Missing, StringComparison.Ordinal);
        if (missingAt >= 0)
        {
            var names = System.Text.RegularExpressions.Regex.Matches(json.Message[missingAt..], "'([^']+)'").Select(m => m.Groups[1].Value);
            return $"These fields are missing: {string.Join(", ", names)}.";
        }

        return field is { Length: > 0 }
            ? $"The value of '{field}'{at} is not of the expected kind (text, number, true/false or a list) or is cut short."
            : $"The body cannot be read as JSON{at}: check for a missing quote, comma or bracket.";
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
