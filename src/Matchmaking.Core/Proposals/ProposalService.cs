using System.Globalization;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>Coordinators review the proposed pairs of their own field.</summary>
public sealed class ProposalService(NpgsqlDataSource dataSource, FollowUpScheduler followUps, TimeProvider time)
{
    private const string Select = """
        SELECT p.id, p.round_id, p.call_year, p.applicant_id, a.city AS applicant_city, a.country_code AS applicant_country,
               p.mentor_id, m.city AS mentor_city, m.country_code AS mentor_country, p.creative_field, p.score, p.similarity,
               p.explanation::text AS explanation, p.alternatives::text AS alternatives, p.status, p.decided_by, p.decided_at, p.note
        FROM proposals p
        LEFT JOIN applicants a ON a.call_year = p.call_year AND a.id = p.applicant_id
        LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
        """;

    public async Task<IReadOnlyList<ProposalView>> ListForRoundAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProposalRow>(new CommandDefinition(
            Select + " WHERE p.round_id = @roundId ORDER BY p.creative_field, p.applicant_id", new { roundId },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    public async Task<ProposalView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ProposalRow>(new CommandDefinition(
            Select + " WHERE p.id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    public Task<DecisionOutcome> ApproveAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        DecideAsync(id, actor, ProposalStatus.Approved, note, cancellationToken);

    public Task<DecisionOutcome> RejectAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        DecideAsync(id, actor, ProposalStatus.Rejected, note, cancellationToken);

    private async Task<DecisionOutcome> DecideAsync(
        long id, CurrentUser actor, string status, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<ScheduledFollowUp> scheduled = [];
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var current = await connection.QuerySingleOrDefaultAsync<(string Status, string CreativeField, int CallYear)?>(
                new CommandDefinition("SELECT status, creative_field, call_year FROM proposals WHERE id = @id FOR UPDATE",
                    new { id }, transaction, cancellationToken: cancellationToken));
            if (current is null)
            {
                return new DecisionOutcome(DecisionResult.NotFound);
            }

            if (!actor.CanReview(CreativeFields.Parse(current.Value.CreativeField)))
            {
                return new DecisionOutcome(DecisionResult.Forbidden,
                    Problem: $"Only the coordinator of {current.Value.CreativeField} decides on this proposal.");
            }

            if (current.Value.Status != ProposalStatus.Proposed)
            {
                return new DecisionOutcome(DecisionResult.Conflict, await GetAsync(id, cancellationToken),
                    $"The proposal is already {current.Value.Status}.");
            }

            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE proposals SET status = @status, decided_by = @actor, decided_at = @now, note = @note WHERE id = @id
                """, new { id, status, actor = actor.Label, now, note }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, status == ProposalStatus.Approved ? "approve" : "reject",
                "proposal", id.ToString(CultureInfo.InvariantCulture), new { note }, cancellationToken);
            if (status == ProposalStatus.Approved)
            {
                scheduled = await followUps.RecordForApprovalAsync(connection, transaction, id, current.Value.CallYear, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Quartz keeps its own tables; the follow-up rows above are the durable intent, so a crash here is repaired
        // by scheduling again (job keys are derived from the follow-up ids, so that is idempotent).
        await followUps.ScheduleAsync(scheduled, cancellationToken);
        return new DecisionOutcome(DecisionResult.Done, await GetAsync(id, cancellationToken));
    }

    private sealed class ProposalRow
    {
        public long Id { get; init; }
        public long RoundId { get; init; }
        public int CallYear { get; init; }
        public string ApplicantId { get; init; } = "";
        public string? ApplicantCity { get; init; }
        public string? ApplicantCountry { get; init; }
        public string MentorId { get; init; } = "";
        public string? MentorCity { get; init; }
        public string? MentorCountry { get; init; }
        public string CreativeField { get; init; } = "";
        public double Score { get; init; }
        public double Similarity { get; init; }
        public string Explanation { get; init; } = "{}";
        public string Alternatives { get; init; } = "[]";
        public string Status { get; init; } = "";
        public string? DecidedBy { get; init; }
        public DateTimeOffset? DecidedAt { get; init; }
        public string? Note { get; init; }

        public ProposalView ToView() => new()
        {
            Id = Id,
            RoundId = RoundId,
            CallYear = CallYear,
            Applicant = new CityRef(ApplicantId, ApplicantCity, ApplicantCountry?.Trim()),
            Mentor = new CityRef(MentorId, MentorCity, MentorCountry?.Trim()),
            Field = CreativeFields.Parse(CreativeField),
            Score = Score,
            Similarity = Similarity,
            Explanation = JsonSerializer.Deserialize<JsonElement>(Explanation),
            Alternatives = JsonSerializer.Deserialize<JsonElement>(Alternatives),
            Status = Status,
            DecidedBy = DecidedBy,
            DecidedAt = DecidedAt,
            Note = Note,
        };
    }
}
