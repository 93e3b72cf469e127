using Matchmaking.Core.Changes;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Hangfire;
using Npgsql;

namespace Matchmaking.Core.Rounds;

/// <summary>Requests pairing rounds and reads them. A round always runs as a Hangfire job on a worker, never inside a request.</summary>
public sealed class RoundService(
    NpgsqlDataSource dataSource, CallStore calls, IBackgroundJobClient jobs, TimeProvider time, ChangeFeed changes)
{
    /// <summary>A round's status, which its page polls; kept until any round changes.</summary>
    private readonly ReadCache<long, RoundView?> _byId = new(changes, capacity: 1_000);

    /// <summary>
    /// The secretariat's request for a round of the whole call. A call-wide round already queued or running is joined, not
    /// doubled (two quick clicks, two clients): it is returned with <c>Joined</c> set.
    /// </summary>
    public Task<(RoundView Round, bool Joined)> RequestOrJoinAsync(int year, CurrentUser actor, CancellationToken cancellationToken) =>
        QueueAsync(year, actor, null, "requested", null, joinActive: true, cancellationToken);

    /// <summary>Queues a round for the whole call, or for one field (a re-run after a decline or an expiry).</summary>
    public async Task<RoundView> RequestAsync(
        int year, CurrentUser actor, CreativeField? field, string reason, CancellationToken cancellationToken, string? reofferApplicantId = null) =>
        (await QueueAsync(year, actor, field, reason, reofferApplicantId, joinActive: false, cancellationToken)).Round;

    private async Task<(RoundView Round, bool Joined)> QueueAsync(
        int year, CurrentUser actor, CreativeField? field, string reason, string? reofferApplicantId, bool joinActive,
        CancellationToken cancellationToken)
    {
        await calls.RequireAsync(year, cancellationToken);
        var now = time.GetUtcNow();
        long id;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (joinActive)
            {
                // Requests for one call queue here, so two of them never both find no active round.
                await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(7420, @year)", new { year }, transaction,
                    cancellationToken: cancellationToken));
                var active = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                    SELECT id FROM rounds
                    WHERE call_year = @year AND creative_field IS NULL AND status IN ('queued', 'running')
                    ORDER BY id DESC LIMIT 1
                    """, new { year }, transaction, cancellationToken: cancellationToken));
                if (active is { } existing)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return ((await GetAsync(existing, cancellationToken))!, true);
                }
            }

            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO rounds (call_year, status, requested_by, requested_at, creative_field, reason, reoffer_applicant_id)
                VALUES (@year, 'queued', @actor, @now, @field, @reason, @reofferApplicantId) RETURNING id
                """, new { year, actor = actor.Label, now, field = field?.DisplayName(), reason, reofferApplicantId }, transaction,
                cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "request_round", "round",
                id.ToString(CultureInfo.InvariantCulture), new { year, field = field?.DisplayName(), reason }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit, so the worker always finds the round. Should this process die in between, the round stays
        // queued and visible, and the secretariat starts another.
        var jobId = jobs.Enqueue<RunRoundJob>(j => j.RunAsync(id, year, CancellationToken.None));
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition("UPDATE rounds SET job_id = @jobId WHERE id = @id", new { id, jobId },
                cancellationToken: cancellationToken));
        }

        return ((await GetAsync(id, cancellationToken))!, false);
    }

    /// <summary>The applicants a round left unmatched, with the reasons (rules failed, or no mentor place left).</summary>
    public async Task<IReadOnlyList<RoundLeftOver>> UnmatchedAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LeftOverRow>(new CommandDefinition("""
            SELECT u.applicant_id AS id, a.city, a.country_code, a.creative_field, u.reasons,
                   coalesce(cur.city, cur.mentor_id) AS now_paired_with, cur.status AS now_status
            FROM unmatched_applicants u
            JOIN rounds r ON r.id = u.round_id
            LEFT JOIN applicants a ON a.call_year = r.call_year AND a.id = u.applicant_id
            LEFT JOIN LATERAL (
                SELECT p.mentor_id, m.city, p.status FROM proposals p
                LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
                WHERE p.call_year = r.call_year AND p.applicant_id = u.applicant_id
                  AND holds_place(p.status, p.round_id, current_round(p.call_year, p.creative_field))
                ORDER BY p.id DESC LIMIT 1) cur ON true
            WHERE u.round_id = @roundId ORDER BY a.creative_field, u.applicant_id
            """, new { roundId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToLeftOver()).ToList();
    }

    /// <summary>The mentor offers a round did not admit, with the reasons.</summary>
    public async Task<IReadOnlyList<RoundLeftOver>> RejectedOffersAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LeftOverRow>(new CommandDefinition("""
            SELECT x.mentor_id AS id, m.city, m.country_code, m.creative_field, x.reasons
            FROM rejected_mentors x
            JOIN rounds r ON r.id = x.round_id
            LEFT JOIN mentor_offers m ON m.call_year = r.call_year AND m.id = x.mentor_id
            WHERE x.round_id = @roundId ORDER BY m.creative_field, x.mentor_id
            """, new { roundId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToLeftOver()).ToList();
    }

    private sealed class LeftOverRow
    {
        public string Id { get; init; } = "";
        public string? City { get; init; }
        public string? CountryCode { get; init; }
        public string? CreativeField { get; init; }
        public string[] Reasons { get; init; } = [];
        public string? NowPairedWith { get; init; }
        public string? NowStatus { get; init; }

        public RoundLeftOver ToLeftOver() => new(Id, City, CountryCode?.Trim(), CreativeField, Reasons, NowPairedWith,
            NowStatus is null ? null : Proposals.ProposalStatuses.Parse(NowStatus));
    }

    public Task<RoundView?> GetAsync(long id, CancellationToken cancellationToken) =>
        _byId.GetOrReadAsync(id, ct => ReadAsync(id, ct), cancellationToken);

    private async Task<RoundView?> ReadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RoundRow>(new CommandDefinition("""
            SELECT id, call_year, status, requested_by, requested_at, started_at, completed_at, model_version, applicants_total,
                   mentors_total, proposals_count, unmatched_count, rejected_mentors, feasibility::text AS feasibility, error,
                   creative_field, reason, job_id, run_by
            FROM rounds WHERE id = @id
            """, new { id }, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    public async Task<IReadOnlyList<RoundView>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<RoundRow>(new CommandDefinition("""
            SELECT id, call_year, status, requested_by, requested_at, started_at, completed_at, model_version, applicants_total,
                   mentors_total, proposals_count, unmatched_count, rejected_mentors, feasibility::text AS feasibility, error,
                   creative_field, reason, job_id, run_by
            FROM rounds WHERE call_year = @year ORDER BY id DESC
            """, new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    private sealed class RoundRow
    {
        public long Id { get; init; }
        public int CallYear { get; init; }
        public string Status { get; init; } = "";
        public string RequestedBy { get; init; } = "";
        public DateTimeOffset RequestedAt { get; init; }
        public DateTimeOffset? StartedAt { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
        public string? ModelVersion { get; init; }
        public int? ApplicantsTotal { get; init; }
        public int? MentorsTotal { get; init; }
        public int? ProposalsCount { get; init; }
        public int? UnmatchedCount { get; init; }
        public int? RejectedMentors { get; init; }
        public string? Feasibility { get; init; }
        public string? Error { get; init; }
        public string? CreativeField { get; init; }
        public string Reason { get; init; } = "";
        public string? JobId { get; init; }
        public string? RunBy { get; init; }

        public RoundView ToView() => new()
        {
            Id = Id,
            CallYear = CallYear,
            Status = Status,
            RequestedBy = RequestedBy,
            RequestedAt = RequestedAt,
            StartedAt = StartedAt,
            CompletedAt = CompletedAt,
            ModelVersion = ModelVersion,
            Counts = new RoundCounts
            {
                Applicants = ApplicantsTotal, Mentors = MentorsTotal, Proposals = ProposalsCount, Unmatched = UnmatchedCount,
                RejectedMentors = RejectedMentors,
            },
            Feasibility = Feasibility is null
                ? []
                : JsonSerializer.Deserialize<List<FieldFeasibility>>(Feasibility, JsonDefaults.Options) ?? [],
            Error = Error,
            Field = CreativeFields.TryParse(CreativeField, out var field) ? field : null,
            Reason = Reason,
            JobId = JobId,
            RunBy = RunBy,
        };
    }
}
