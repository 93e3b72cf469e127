using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Ingestion;
using Npgsql;

namespace Matchmaking.Core.Imports;

/// <summary>
/// Writes one import in one transaction: the accepted records (idempotent upsert by id), the import's own row
/// and every rejected record with its reasons. Either all of it is written or nothing is.
/// </summary>
internal static class ImportWriter
{
    public static async Task<ImportOutcome> WriteAsync<T>(
        NpgsqlDataSource dataSource, int year, string kind, ParsedBatch<T> batch, string actor, DateTimeOffset now,
        Func<NpgsqlConnection, NpgsqlTransaction, T, Task> upsert, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var accepted in batch.Accepted)
        {
            await upsert(connection, transaction, accepted.Record);
        }

        var importId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO imports (call_year, kind, source, imported_by, imported_at, accepted, rejected)
            VALUES (@year, @kind, @Source, @actor, @now, @accepted, @rejected) RETURNING id
            """, new { year, kind, batch.Source, actor, now, accepted = batch.Accepted.Count, rejected = batch.Rejected.Count },
            transaction, cancellationToken: cancellationToken));
        foreach (var rejected in batch.Rejected)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO rejected_records (import_id, row_number, record_id, raw, errors)
                VALUES (@importId, @Row, @RecordId, CAST(@Raw AS jsonb), CAST(@Errors AS jsonb))
                """, new
            {
                importId,
                rejected.Row,
                rejected.RecordId,
                Raw = JsonSerializer.Serialize(rejected.Raw, JsonDefaults.Options),
                Errors = JsonSerializer.Serialize(rejected.Errors, JsonDefaults.Options),
            }, transaction, cancellationToken: cancellationToken));
        }

        await AuditLog.WriteAsync(connection, transaction, now, actor, $"import_{kind}", "import", importId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { year, batch.Source, accepted = batch.Accepted.Count, rejected = batch.Rejected.Count }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var records = batch.Accepted
            .Select(a => new ImportedRecord { Row = a.Row, Id = idOf(a.Record), Status = "accepted" })
            .Concat(batch.Rejected.Select(r => new ImportedRecord { Row = r.Row, Id = r.RecordId, Status = "rejected", Errors = r.Errors }))
            .OrderBy(r => r.Row)
            .ToList();
        return new ImportOutcome
        {
            ImportId = importId,
            CallYear = year,
            Kind = kind,
            Source = batch.Source,
            Accepted = batch.Accepted.Count,
            Rejected = batch.Rejected.Count,
            Records = records,
        };
    }
}
