using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>What the applicants and offers pages share: one typed record read as an import reads it, and the search.</summary>
internal static class ProfileForms
{
    /// <summary>Reads one form as a one-record JSON import, so the page accepts and refuses exactly what a file would.</summary>
    public static async Task<ParsedBatch<T>> ReadAsync<T>(
        IReadOnlyDictionary<string, string?> record, string source,
        Func<Stream, ImportFormat, string, CancellationToken, Task<ParsedBatch<T>>> read, CancellationToken cancellationToken)
    {
        await using var body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new[] { record }, JsonDefaults.Options));
        return await read(body, ImportFormat.Json, source, cancellationToken);
    }

    /// <summary>A search term in any of the texts, ignoring case and accents.</summary>
    public static bool Matches(string query, params string?[] texts)
    {
        var key = CityNames.Key(query);
        return texts.Any(text => CityNames.Key(text ?? "").Contains(key, StringComparison.Ordinal));
    }
}
