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

/// <summary>What to read of the audit log: who (part of the actor), what (part of the action or of what it was done on), when.</summary>
public sealed record AuditFilter(string? Actor = null, string? What = null, DateTimeOffset? From = null, DateTimeOffset? Until = null);

/// <summary>Reads <c>audit_log</c>, newest first, for the secretariat.</summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    public Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, string? actor, CancellationToken cancellationToken) =>
        ListAsync(limit, new AuditFilter(actor), cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The search terms are matched as text, never as patterns: % and _ typed by a person mean themselves.
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition("""
            SELECT id, at, actor, action, entity, entity_id, details::text AS details
            FROM audit_log
            WHERE (@actor IS NULL OR strpos(lower(actor), lower(@actor)) > 0)
              AND (@what IS NULL OR strpos(lower(replace(action, '_', ' ') || ' ' || entity || ' ' || entity_id), lower(replace(@what, '_', ' '))) > 0)
              AND (@from IS NULL OR at >= @from)
              AND (@until IS NULL OR at < @until)
            ORDER BY id DESC
            LIMIT @limit
            """, new
        {
            limit = Math.Clamp(limit, 1, 1000), actor = Blank(filter.Actor), what = Blank(filter.What),
            // Npgsql writes only zero-offset instants to timestamptz: a day's start in Paris carries +01:00 or +02:00.
            from = filter.From?.ToUniversalTime(), until = filter.Until?.ToUniversalTime(),
        }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry
        {
            Id = r.Id, At = r.At, Actor = r.Actor, Action = r.Action, Entity = r.Entity, EntityId = r.EntityId, Details = r.Details,
        }).ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

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
