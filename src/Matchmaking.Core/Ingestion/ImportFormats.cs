using System.Net.Http.Headers;

namespace Matchmaking.Core.Ingestion;

/// <summary>Tells the import format from an HTTP content type or a file name.</summary>
public static class ImportFormats
{
    /// <summary>
    /// <c>text/csv</c>, <c>application/csv</c> and <c>application/vnd.ms-excel</c> are CSV;
    /// <c>application/json</c>, <c>text/json</c> and any <c>+json</c> type are JSON. Parameters such as charset are ignored.
    /// </summary>
    /// <returns>Null when the content type is missing or names neither format.</returns>
    public static ImportFormat? FromContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType is not { } mediaType)
        {
            return null;
        }

        return mediaType.ToLowerInvariant() switch
        {
            // Browsers on Windows label .csv uploads with the spreadsheet type Excel registered for them.
            "text/csv" or "application/csv" or "application/vnd.ms-excel" => ImportFormat.Csv,
            "application/json" or "text/json" => ImportFormat.Json,
            var other when other.EndsWith("+json", StringComparison.Ordinal) => ImportFormat.Json,
            _ => null,
        };
    }

    /// <summary>By extension, in any case: <c>.csv</c> or <c>.json</c>.</summary>
    /// <returns>Null for any other extension.</returns>
    public static ImportFormat? FromFileName(string path)
    {
        var extension = Path.GetExtension(path);
        if (string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ImportFormat.Csv;
        }

        return string.Equals(extension, ".json", StringComparison.OrdinalIgnoreCase) ? ImportFormat.Json : null;
    }
}
