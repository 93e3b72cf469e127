using Dapper;
using Npgsql;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>
/// One worker's attempt to claim a file by its content. The claim is an open transaction holding a transaction-scoped advisory
/// lock on the content hash and the inserted <c>inbox_files</c> row; it stays open while the file is imported and moved and
/// commits with the final state. Disposing an unfinished claim rolls it back, and the file is tried again at the next scan.
/// </summary>
internal sealed class InboxClaim : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private InboxClaim(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Set when this worker holds the claim and must finish it.</summary>
    public long? Id { get; private set; }

    /// <summary>Set when the same content was claimed before, by any worker; nothing is to be imported.</summary>
    public EarlierClaim? Earlier { get; private set; }

    /// <summary>Another worker holds the content's lock right now: its commit will settle the file.</summary>
    public bool HeldElsewhere => Id is null && Earlier is null;

    public static async Task<InboxClaim> BeginAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var begun = false;
        try
        {
            var claim = new InboxClaim(connection, await connection.BeginTransactionAsync(cancellationToken));
            begun = true;
            return claim;
        }
        finally
        {
            if (!begun)
            {
                await connection.DisposeAsync();
            }
        }
    }

    public async Task TakeAsync(
        int year, byte[] sha256, string path, string kind, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Without the lock a second worker would wait on the first one's uncommitted insert for the whole import;
        // with it, the second worker moves on at once.
        var locked = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT pg_try_advisory_xact_lock(@key)", new { key = BitConverter.ToInt64(sha256, 0) }, transaction,
            cancellationToken: cancellationToken));
        if (!locked)
        {
            return;
        }

        Id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO inbox_files (call_year, content_sha256, path, kind, state, claimed_by, claimed_at)
            VALUES (@year, @sha256, @path, @kind, 'claimed', @worker, @now)
            ON CONFLICT (call_year, content_sha256) DO NOTHING
            RETURNING id
            """, new { year, sha256, path, kind, worker, now = now.ToUniversalTime() }, transaction, cancellationToken: cancellationToken));
        if (Id is null)
        {
            Earlier = await connection.QuerySingleAsync<EarlierClaim>(new CommandDefinition("""
                SELECT path, state, import_id, error, claimed_at FROM inbox_files WHERE call_year = @year AND content_sha256 = @sha256
                """, new { year, sha256 }, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Records what became of the file and commits the claim.</summary>
    public async Task FinishAsync(
        string state, long? importId, string? error, string? movedTo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE inbox_files SET state = @state, import_id = @importId, error = @error, moved_to = @movedTo, finished_at = @now
            WHERE id = @Id
            """, new { Id, state, importId, error, movedTo, now = now.ToUniversalTime() }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    internal sealed class EarlierClaim
    {
        public string Path { get; init; } = "";
        public string State { get; init; } = "";
        public long? ImportId { get; init; }
        public string? Error { get; init; }
        public DateTimeOffset ClaimedAt { get; init; }
    }
}
