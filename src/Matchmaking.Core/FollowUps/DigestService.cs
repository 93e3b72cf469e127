using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Tells each coordinator what waits for them in every open call: proposals to review, approved pairs the mentor city has
/// not answered, applicants unmatched. One digest per coordinator, call and ISO week (its idempotency key), recorded as a
/// follow-up so the schedule shows what ran.
/// </summary>
public sealed class DigestService(NpgsqlDataSource dataSource, TimeProvider time, ILogger<DigestService> logger)
{
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var week = $"{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var calls = (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT year FROM calls WHERE created_at <= @now AND designations_announced >= @now ORDER BY year",
            new { now }, transaction, cancellationToken: cancellationToken))).AsList();
        var sent = 0;
        foreach (var year in calls)
        {
            var followUpId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO follow_ups (call_year, kind, subject, due_at, state, idempotency_key, created_at, completed_at, outcome)
                VALUES (@year, 'digest', @subject, @now, 'done', @key, @now, @now, 'digests written')
                ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
                RETURNING id
                """, new { year, subject = $"Weekly digest {week}", now, key = $"call:{year}:digest:{week}" },
                transaction, cancellationToken: cancellationToken));
            var lines = (await connection.QueryAsync<DigestLine>(new CommandDefinition("""
                SELECT u.name AS coordinator, u.creative_field,
                       count(*) FILTER (WHERE p.status = 'proposed') AS to_review,
                       count(*) FILTER (WHERE p.status = 'approved') AS awaiting_mentor,
                       count(*) FILTER (WHERE p.status = 'established') AS established
                FROM users u
                LEFT JOIN proposals p ON p.call_year = @year AND p.creative_field = u.creative_field
                    AND p.round_id = current_round(p.call_year, p.creative_field)
                WHERE u.role = 'coordinator'
                GROUP BY u.name, u.creative_field ORDER BY u.name
                """, new { year }, transaction, cancellationToken: cancellationToken))).AsList();
            foreach (var line in lines)
            {
                var body = string.Create(CultureInfo.InvariantCulture,
                    $"Call {year}, {line.CreativeField}: {EnglishWords.Count(line.ToReview, "proposal", "proposals")} to review, "
                    + $"{line.AwaitingMentor} waiting for the mentor city, {line.Established} established.");
                var field = Notifications.FrenchWords.Field(line.CreativeField);
                var corps = string.Create(CultureInfo.InvariantCulture,
                    $"Appel {year}, {field}{Notifications.FrenchWords.Nbsp}: "
                    + $"{Notifications.FrenchWords.Count(line.ToReview, "proposition à examiner", "propositions à examiner")}, "
                    + $"{line.AwaitingMentor} en attente de la ville mentor, "
                    + $"{Notifications.FrenchWords.Count(line.Established, "établie", "établies")}.");
                sent += await Notifications.OutboxWriter.AddAsync(connection, transaction, OutboxMessage.Bilingual(
                    $"call:{year}:digest:{week}:{line.Coordinator}", Notifications.Recipient.User(line.Coordinator),
                    ($"What waits for you this week ({line.CreativeField}, {year})", body),
                    ($"Ce qui vous attend cette semaine ({field}, {year})", corps)), followUpId, now, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        LogMessages.DigestsWritten(logger, sent, week);
        return sent;
    }

    private sealed class DigestLine
    {
        public string Coordinator { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public long ToReview { get; init; }
        public long AwaitingMentor { get; init; }
        public long Established { get; init; }
    }
}
