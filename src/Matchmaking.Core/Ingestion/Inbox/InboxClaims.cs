using Dapper;
using Npgsql;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>An inbox file that could not be read, as the imports history shows it.</summary>
public sealed record UnreadableInboxFile
{
    public required string File { get; init; }
    public required string Kind { get; init; }
    public required string Error { get; init; }
    public string? MovedTo { get; init; }
    public required string ClaimedBy { get; init; }
    public required DateTimeOffset ClaimedAt { get; init; }
}

/// <summary>The <c>inbox_files</c> table: claims on dropped files (see <see cref="InboxClaim"/>) and what became of them.</summary>
public sealed class InboxClaims(NpgsqlDataSource dataSource)
{
    internal async Task<InboxClaim> ClaimAsync(
        int year, byte[] sha256, string path, string kind, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claim = await InboxClaim.BeginAsync(dataSource, cancellationToken);
        var ready = false;
        try
        {
            await claim.TakeAsync(year, sha256, path, kind, worker, now, cancellationToken);
            ready = true;
            return claim;
        }
        finally
        {
            if (!ready)
            {
                await claim.DisposeAsync();
            }
        }
    }

    public async Task<IReadOnlyList<UnreadableInboxFile>> UnreadableAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<UnreadableRow>(new CommandDefinition("""
            SELECT path, kind, error, moved_to, claimed_by, claimed_at FROM inbox_files
            WHERE call_year = @year AND state = 'failed' ORDER BY claimed_at, id
            """, new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => new UnreadableInboxFile
        {
            File = Path.GetFileName(r.Path),
            Kind = r.Kind,
            Error = r.Error ?? "",
            MovedTo = r.MovedTo,
            ClaimedBy = r.ClaimedBy,
            ClaimedAt = r.ClaimedAt,
        }).ToList();
    }

    private sealed class UnreadableRow
    {
        public string Path { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Error { get; init; }
        public string? MovedTo { get; init; }
        public string ClaimedBy { get; init; } = "";
        public DateTimeOffset ClaimedAt { get; init; }
    }
}
