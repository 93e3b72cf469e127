using System.Text.Json;
using Dapper;
using Npgsql;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>Where one feed of the portal stands, as <c>GET /api/portal/status</c> shows it.</summary>
public sealed record PortalFeedStatus
{
    public required string Kind { get; init; }
    public required string Path { get; init; }
    public DateTimeOffset? LastRunAt { get; init; }
    /// <summary>imported, not_modified, empty or failed; null before the first sync.</summary>
    public string? LastOutcome { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public long? LastImportId { get; init; }
    /// <summary>Pages whose validators are kept for the next sync's conditional requests.</summary>
    public required int KnownPages { get; init; }
}

/// <summary>The <c>portal_sync_state</c> table: stored page validators and each feed's last outcome.</summary>
public sealed class PortalSyncState(NpgsqlDataSource dataSource)
{
    internal async Task<IReadOnlyDictionary<int, PageValidators>> PagesAsync(int year, PortalFeed feed, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("""
            SELECT pages::text FROM portal_sync_state WHERE call_year = @year AND kind = @Kind
            """, new { year, feed.Kind }, cancellationToken: cancellationToken));
        var pages = json is null ? [] : JsonSerializer.Deserialize<List<PageValidators>>(json, JsonDefaults.Options) ?? [];
        return pages.ToDictionary(p => p.Page);
    }

    /// <summary>After a sync whose import (if any) has committed: the pages seen now replace the stored ones.</summary>
    internal async Task SucceededAsync(
        int year, PortalFeed feed, IReadOnlyList<PageValidators> pages, string outcome, long? importId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO portal_sync_state (call_year, kind, pages, last_run_at, last_outcome, last_error, last_success_at, last_import_id)
            VALUES (@year, @Kind, CAST(@pages AS jsonb), @now, @outcome, NULL, @now, @importId)
            ON CONFLICT (call_year, kind) DO UPDATE SET pages = excluded.pages, last_run_at = excluded.last_run_at,
                last_outcome = excluded.last_outcome, last_error = NULL, last_success_at = excluded.last_success_at,
                last_import_id = coalesce(excluded.last_import_id, portal_sync_state.last_import_id)
            """, new { year, feed.Kind, pages = JsonSerializer.Serialize(pages, JsonDefaults.Options), now, outcome, importId },
            cancellationToken: cancellationToken));
    }

    /// <summary>A failed sync keeps the stored pages, so the next one asks for everything that was not imported.</summary>
    internal async Task FailedAsync(int year, PortalFeed feed, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO portal_sync_state (call_year, kind, last_run_at, last_outcome, last_error)
            VALUES (@year, @Kind, @now, 'failed', @error)
            ON CONFLICT (call_year, kind) DO UPDATE SET last_run_at = excluded.last_run_at, last_outcome = 'failed',
                last_error = excluded.last_error
            """, new { year, feed.Kind, now, error }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PortalFeedStatus>> StatusAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<StateRow>(new CommandDefinition("""
            SELECT kind, jsonb_array_length(pages) AS known_pages, last_run_at, last_outcome, last_error, last_success_at, last_import_id
            FROM portal_sync_state WHERE call_year = @year
            """, new { year }, cancellationToken: cancellationToken))).ToDictionary(r => r.Kind, StringComparer.Ordinal);
        return PortalFeed.All.Select(feed => rows.TryGetValue(feed.Kind, out var row)
            ? new PortalFeedStatus
            {
                Kind = feed.Kind,
                Path = feed.Path,
                LastRunAt = row.LastRunAt,
                LastOutcome = row.LastOutcome,
                LastError = row.LastError,
                LastSuccessAt = row.LastSuccessAt,
                LastImportId = row.LastImportId,
                KnownPages = row.KnownPages,
            }
            : new PortalFeedStatus { Kind = feed.Kind, Path = feed.Path, KnownPages = 0 }).ToList();
    }

    private sealed class StateRow
    {
        public string Kind { get; init; } = "";
        public int KnownPages { get; init; }
        public DateTimeOffset? LastRunAt { get; init; }
        public string? LastOutcome { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset? LastSuccessAt { get; init; }
        public long? LastImportId { get; init; }
    }
}
