using System.Text.Json;
using Dapper;
using Matchmaking.Core;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Ingestion.Inbox;
using Npgsql;

namespace Matchmaking.Core.Imports;

/// <summary>A call's imports from every source (uploads, portal, inbox), newest first, with what each rejected and why.</summary>
internal sealed record CallImports
{
    public required int CallYear { get; init; }
    public required IReadOnlyList<ImportEntry> Imports { get; init; }
    /// <summary>Inbox files that could not be read at all, so they made no import.</summary>
    public required IReadOnlyList<UnreadableInboxFile> UnreadableFiles { get; init; }
}

internal sealed record ImportEntry
{
    public required long Id { get; init; }
    public required string Kind { get; init; }
    public required string Source { get; init; }
    public required string ImportedBy { get; init; }
    public required DateTimeOffset ImportedAt { get; init; }
    public required int Accepted { get; init; }
    public required int Rejected { get; init; }
    public required IReadOnlyList<RejectedEntry> RejectedRecords { get; init; }
}

internal sealed record RejectedEntry
{
    /// <summary>
    /// CSV: the file's line; JSON and portal: the position in the array (for the portal, among the records that sync fetched).
    /// </summary>
    public required int Row { get; init; }
    public string? RecordId { get; init; }
    public required IReadOnlyList<FieldError> Errors { get; init; }
    public required IReadOnlyDictionary<string, string?> Raw { get; init; }
}

/// <summary>
/// Reads the <c>imports</c> and <c>rejected_records</c> that <c>ImportWriter</c> writes. It belongs beside ImportWriter in
/// Core/Imports; it lives here until that folder's owner takes it.
/// </summary>
internal static class ImportHistory
{
    public static async Task<CallImports> ForCallAsync(
        NpgsqlDataSource dataSource, InboxClaims inbox, int year, CancellationToken cancellationToken)
    {
        List<ImportRow> imports;
        ILookup<long, RejectedRow> rejected;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            imports = (await connection.QueryAsync<ImportRow>(new CommandDefinition("""
                SELECT id, kind, source, imported_by, imported_at, accepted, rejected FROM imports
                WHERE call_year = @year ORDER BY imported_at DESC, id DESC
                """, new { year }, cancellationToken: cancellationToken))).ToList();
            rejected = (await connection.QueryAsync<RejectedRow>(new CommandDefinition("""
                SELECT r.import_id, r.row_number, r.record_id, r.raw::text AS raw, r.errors::text AS errors
                FROM rejected_records r JOIN imports i ON i.id = r.import_id
                WHERE i.call_year = @year ORDER BY r.import_id, r.row_number, r.id
                """, new { year }, cancellationToken: cancellationToken))).ToLookup(r => r.ImportId);
        }

        return new CallImports
        {
            CallYear = year,
            Imports = imports.Select(i => new ImportEntry
            {
                Id = i.Id,
                Kind = i.Kind,
                Source = i.Source,
                ImportedBy = i.ImportedBy,
                ImportedAt = i.ImportedAt,
                Accepted = i.Accepted,
                Rejected = i.Rejected,
                RejectedRecords = rejected[i.Id].Select(r => new RejectedEntry
                {
                    Row = r.RowNumber,
                    RecordId = r.RecordId,
                    Errors = JsonSerializer.Deserialize<List<FieldError>>(r.Errors, JsonDefaults.Options) ?? [],
                    Raw = JsonSerializer.Deserialize<Dictionary<string, string?>>(r.Raw, JsonDefaults.Options) ?? [],
                }).ToList(),
            }).ToList(),
            UnreadableFiles = await inbox.UnreadableAsync(year, cancellationToken),
        };
    }

    private sealed class ImportRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Source { get; init; } = "";
        public string ImportedBy { get; init; } = "";
        public DateTimeOffset ImportedAt { get; init; }
        public int Accepted { get; init; }
        public int Rejected { get; init; }
    }

    private sealed class RejectedRow
    {
        public long ImportId { get; init; }
        public int RowNumber { get; init; }
        public string? RecordId { get; init; }
        public string Raw { get; init; } = "{}";
        public string Errors { get; init; } = "[]";
    }
}
