using System.Text.Json;
using Dapper;
using Npgsql;

namespace Matchmaking.Core.Audit;

/// <summary>Who changed what, written in the same transaction as the change.</summary>
public static class AuditLog
{
    public static Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DateTimeOffset at, string actor, string action,
        string entity, string entityId, object? details, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (at, actor, action, entity, entity_id, details)
            VALUES (@At, @Actor, @Action, @Entity, @EntityId, CAST(@Details AS jsonb))
            """, new { At = at, Actor = actor, Action = action, Entity = entity, EntityId = entityId,
                Details = JsonSerializer.Serialize(details ?? new { }, JsonDefaults.Options) },
            transaction, cancellationToken: cancellationToken));
}
