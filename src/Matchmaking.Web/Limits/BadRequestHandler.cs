using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.Limits;

/// <summary>
/// Turns the request errors ASP.NET Core throws (a body over its limit, a body that is not JSON, the wrong content type)
/// into 4xx ProblemDetails in words for the sender, in the request's language, never a 500. Registered before the default handler.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems, IOptions<BodyLimitOptions> options, IStringLocalizer<Texts> texts)
    : IExceptionHandler
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

        var (status, title, detail) = Describe(bad, context.Request, texts);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    public static (int Status, string Title, string Detail) Describe(BadHttpRequestException bad, HttpRequest request, IStringLocalizer<Texts> texts)
    {
        ArgumentNullException.ThrowIfNull(bad);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(texts);
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return (bad.StatusCode, texts["Unsupported body"], ProblemWording.NotJson(request, texts));
        }

        if (bad.InnerException is JsonException json)
        {
            return (StatusCodes.Status400BadRequest, texts["The body is not valid JSON"], Where(json, texts));
        }

        if (request.ContentLength is 0 || bad.Message.Contains("was not provided", StringComparison.Ordinal))
        {
            return (StatusCodes.Status400BadRequest, texts["A body is needed"], texts["Send a JSON object as the request body."]);
        }

        return (bad.StatusCode, texts["The request cannot be read"], texts["Check the request's URL, headers and body."]);
    }

    /// <summary>Where a JSON body went wrong, in the sender's terms: line, column and the field, without .NET's wording.</summary>
    private static string Where(JsonException json, IStringLocalizer<Texts> texts)
    {
        var at = json.LineNumber is { } line
            ? texts[" at line {0}, column {1}", line + 1, (json.BytePositionInLine ?? 0) + 1].Value
            : "";
        var field = json.Path is { Length: > 1 } path ? path.TrimStart('$').TrimStart('.') : null;
        if (json is ReadableJsonException readable)
        {
            var reason = texts.Say(readable.Reason);
            return field is { Length: > 0 } ? texts["The value of '{0}'{1}: {2}", field, at, reason] : reason;
        }

        // System.Text.Json names the missing required properties in its message: "... missing required properties including: 'a', 'b'."
        const string Missing = "missing required properties";
        var missingAt = json.Message.IndexOf(Missing, StringComparison.Ordinal);
        if (missingAt >= 0)
        {
            var names = System.Text.RegularExpressions.Regex.Matches(json.Message[missingAt..], "'([^']+)'").Select(m => m.Groups[1].Value);
            return texts["These fields are missing: {0}.", string.Join(", ", names)];
        }

        return field is { Length: > 0 }
            ? texts["The value of '{0}'{1} is not of the expected kind (text, number, true/false or a list) or is cut short.", field, at]
            : texts["The body cannot be read as JSON{0}: check for a missing quote, comma or bracket.", at];
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
