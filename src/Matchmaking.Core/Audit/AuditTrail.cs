using Dapper;
using Npgsql;

namespace Matchmaking.Core.Audit;

public sealed record AuditEntry
{
    public required long Id { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Entity { get; init; }
    public required string EntityId { get; init; }
    /// <summary>The change's details as stored (a JSON object).</summary>
    public required string Details { get; init; }
}

/// <summary>Reads <c>audit_log</c>, newest first, for the secretariat.</summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition("""
            SELECT id, at, actor, action, entity, entity_id, details::text AS details
            FROM audit_log
            WHERE @actor IS NULL OR actor ILIKE '%' || @actor || '%'
            ORDER BY id DESC
            LIMIT @limit
            """, new { limit = Math.Clamp(limit, 1, 1000), actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim() },
            cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry
        {
            Id = r.Id, At = r.At, Actor = r.Actor, Action = r.Action, Entity = r.Entity, EntityId = r.EntityId, Details = r.Details,
        }).ToList();
    }

    private sealed class AuditRow
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public string Actor { get; init; } = "";
        public string Action { get; init; } = "";
        public string Entity { get; init; } = "";
        public string EntityId { get; init; } = "";
        public string Details { get; init; } = "{}";
    }
}
