using Matchmaking.Core.Imports;
using Matchmaking.Core.Ingestion;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Calls;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Imports;

/// <summary>Reads an import body as CSV or a JSON array, choosing by Content-Type.</summary>
internal static class ImportBody
{
    public delegate Task<ParsedBatch<T>> Reader<T>(Stream input, ImportFormat format, string source, CancellationToken ct);

    public delegate Task<ImportOutcome> Writer<T>(int year, ParsedBatch<T> batch, string actor, CancellationToken ct);

    /// <summary>
    /// One import through the API: the body read as CSV or a JSON array, every record validated on its own, the accepted
    /// ones written in one transaction. An unreadable body is a 400 that says where and why.
    /// </summary>
    public static async Task<IResult> ImportAsync<T>(
        int year, string kind, HttpContext context, Reader<T> read, Writer<T> write, CancellationToken cancellationToken)
    {
        if (CallYears.Invalid(year) is { } invalid)
        {
            return invalid;
        }

        var request = context.Request;
        var format = FormatOf(request);
        if (format is null)
        {
            return UnsupportedMediaType(request.ContentType, Texts(context));
        }

        ParsedBatch<T> batch;
        try
        {
            batch = await read(request.Body, format.Value, SourceOf(request, kind), cancellationToken);
        }
        catch (UnreadableInputException e)
        {
            return Unreadable(e, Texts(context));
        }

        return TypedResults.Ok(await write(year, batch, context.User.ToCurrentUser().Label, cancellationToken));
    }

    public static ImportFormat? FormatOf(HttpRequest request) => ImportFormats.FromContentType(request.ContentType);

    public static string SourceOf(HttpRequest request, string kind)
    {
        var name = TextHygiene.Visible(request.Headers["X-Source-Name"].ToString().Trim());
        return string.IsNullOrWhiteSpace(name) ? $"api:{kind}" : $"api:{(name.Length > 200 ? name[..200] : name)}";
    }

    public static IResult UnsupportedMediaType(string? contentType, IStringLocalizer<Texts> texts) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: texts["Unsupported body"],
        detail: texts["Send text/csv or application/json (a JSON array), not '{0}'.", contentType ?? texts["no Content-Type"]]);

    public static IResult Unreadable(UnreadableInputException e, IStringLocalizer<Texts> texts) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: texts["The body cannot be read"], detail: texts.Say(e));

    private static IStringLocalizer<Texts> Texts(HttpContext context) => context.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
}
