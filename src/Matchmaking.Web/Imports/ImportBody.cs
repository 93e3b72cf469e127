using Matchmaking.Core.Ingestion;

namespace Matchmaking.Web.Imports;

/// <summary>Reads an import body as CSV or a JSON array, choosing by Content-Type.</summary>
internal static class ImportBody
{
    public static ImportFormat? FormatOf(HttpRequest request) => ImportFormats.FromContentType(request.ContentType);

    public static string SourceOf(HttpRequest request, string kind)
    {
        var name = request.Headers["X-Source-Name"].ToString();
        return string.IsNullOrWhiteSpace(name) ? $"api:{kind}" : $"api:{name}";
    }

    public static IResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported body",
        detail: $"Send text/csv or application/json (a JSON array), not '{contentType ?? "no Content-Type"}'.");

    public static IResult Unreadable(UnreadableInputException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "The body cannot be read", detail: e.Message);
}
