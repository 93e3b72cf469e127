using System.Globalization;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Users;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// The pairing lifecycle: coordinators review the proposed pairs of their own field, mentor cities answer the approved
/// ones. Each transition is checked, applied to the pair, audited and followed by its follow-up tasks in one transaction.
/// </summary>
public sealed class ProposalService(
    NpgsqlDataSource dataSource, FollowUpStore followUps, FollowUpJobs followUpJobs, RoundService rounds, IOptions<LifecycleOptions> options, TimeProvider time)
{
    private const string Select = """
        SELECT p.id, p.round_id, p.call_year, p.applicant_id, a.city AS applicant_city, a.country_code AS applicant_country,
               p.mentor_id, m.city AS mentor_city, m.country_code AS mentor_country, p.creative_field, p.score, p.similarity,
               p.explanation::text AS explanation, p.alternatives::text AS alternatives, p.status, p.decided_by, p.decided_at, p.note,
               p.offer_expires_at, p.responded_by, p.responded_at, p.response_note
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

    /// <summary>The current proposals of a call: for each field, those of the latest completed round that covered it.</summary>
    public async Task<IReadOnlyList<ProposalView>> ListCurrentAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProposalRow>(new CommandDefinition(Select + """
             WHERE p.call_year = @year AND p.round_id = (
                SELECT max(r.id) FROM rounds r WHERE r.call_year = p.call_year AND r.status = 'completed'
                  AND (r.creative_field IS NULL OR r.creative_field = p.creative_field))
            ORDER BY p.creative_field, p.applicant_id, p.id
            """, new { year }, cancellationToken: cancellationToken));
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
        TransitionAsync(id, actor, Transition.Approve, note, cancellationToken);

    public Task<DecisionOutcome> RejectAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        TransitionAsync(id, actor, Transition.Reject, note, cancellationToken);

    /// <summary>The mentor city accepts an approved pairing: the partnership is established.</summary>
    public Task<DecisionOutcome> AcceptAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        TransitionAsync(id, actor, Transition.Accept, note, cancellationToken);

    /// <summary>The mentor city declines: its capacity is freed and the field is paired again.</summary>
    public Task<DecisionOutcome> DeclineAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        TransitionAsync(id, actor, Transition.Decline, note, cancellationToken);

    /// <summary>An approved offer the mentor city did not answer in time; run by the offer-expiry follow-up.</summary>
    internal Task<DecisionOutcome> ExpireAsync(long id, CancellationToken cancellationToken) =>
        TransitionAsync(id, SystemActor, Transition.Expire, "no answer from the mentor city in time", cancellationToken);

    /// <summary>
    /// The coordinator picks one of the engine's alternatives instead of the proposed mentor: the proposal is rejected and
    /// the alternative pair is approved in its place, if that mentor still has room.
    /// </summary>
    public async Task<DecisionOutcome> ReassignAsync(
        long id, string mentorId, CurrentUser actor, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        long newId;
        IReadOnlyList<ScheduledFollowUp> scheduled;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var row = await LockAsync(connection, transaction, id, cancellationToken);
            if (row is null)
            {
                return new DecisionOutcome(DecisionResult.NotFound);
            }

            if (!actor.CanReview(CreativeFields.Parse(row.CreativeField)))
            {
                return Forbidden(row);
            }

            if (await StaleAsync(connection, transaction, row, cancellationToken) is { } stale)
            {
                return stale;
            }

            if (row.Status != ProposalStatus.Proposed)
            {
                return new DecisionOutcome(DecisionResult.Conflict, await GetAsync(id, cancellationToken), $"The proposal is already {row.Status}.");
            }

            var alternative = JsonSerializer.Deserialize<List<Alternative>>(row.Alternatives, JsonDefaults.Options)?
                .FirstOrDefault(a => a.MentorId == mentorId);
            if (alternative is null)
            {
                return new DecisionOutcome(DecisionResult.Invalid, Problem: $"{mentorId} is not one of this proposal's alternatives.");
            }

            var room = await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
                SELECT m.capacity - (
                    SELECT count(DISTINCT p.applicant_id) FROM proposals p
                    WHERE p.call_year = m.call_year AND p.mentor_id = m.id AND p.applicant_id <> @ApplicantId
                      AND (p.status IN ('approved', 'established') OR (p.status = 'proposed' AND p.round_id = @RoundId)))
                FROM mentor_offers m WHERE m.call_year = @CallYear AND m.id = @mentorId
                """, new { row.ApplicantId, row.RoundId, row.CallYear, mentorId }, transaction, cancellationToken: cancellationToken));
            if (room <= 0)
            {
                return new DecisionOutcome(DecisionResult.Conflict, await GetAsync(id, cancellationToken),
                    $"{mentorId} has no capacity left in this round.");
            }

            await SetStatusAsync(connection, transaction, row, ProposalStatus.Proposed, ProposalStatus.Rejected, actor, now,
                note ?? $"replaced by {mentorId}", cancellationToken);
            newId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                       alternatives, status, decided_by, decided_at, note, offer_expires_at)
                VALUES (@RoundId, @CallYear, @ApplicantId, @mentorId, @CreativeField, @Score, @Similarity,
                        CAST(@explanation AS jsonb), '[]', 'approved', @actor, @now, @note, @expires)
                ON CONFLICT (round_id, applicant_id, mentor_id) DO UPDATE SET status = 'approved', decided_by = excluded.decided_by,
                    decided_at = excluded.decided_at, note = excluded.note, offer_expires_at = excluded.offer_expires_at
                RETURNING id
                """, new
            {
                row.RoundId, row.CallYear, row.ApplicantId, mentorId, row.CreativeField, alternative.Score, alternative.Similarity,
                explanation = JsonSerializer.Serialize(new { chosen_by_coordinator = true, replaces = row.MentorId }, JsonDefaults.Options),
                actor = actor.Label, now, note, expires = (now + options.Value.MentorResponseTime).ToUniversalTime(),
            }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "reassign", "proposal", Id(id),
                new { from = row.MentorId, to = mentorId, new_proposal = newId, note }, cancellationToken);
            scheduled = await followUps.RecordForApprovalAsync(connection, transaction, newId, row.CallYear, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        return new DecisionOutcome(DecisionResult.Done, await GetAsync(newId, cancellationToken));
    }

    private static readonly CurrentUser SystemActor = new() { Id = 0, Name = "scheduler", Role = UserRole.Secretariat };

    private enum Transition
    {
        Approve,
        Reject,
        Accept,
        Decline,
        Expire,
    }

    private async Task<DecisionOutcome> TransitionAsync(
        long id, CurrentUser actor, Transition transition, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<ScheduledFollowUp> scheduled = [];
        string? rerunField = null;
        string? reoffer = null;
        int year;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var row = await LockAsync(connection, transaction, id, cancellationToken);
            if (row is null)
            {
                return new DecisionOutcome(DecisionResult.NotFound);
            }

            year = row.CallYear;
            var field = CreativeFields.Parse(row.CreativeField);
            var allowed = transition switch
            {
                Transition.Approve or Transition.Reject => actor.CanReview(field),
                Transition.Accept or Transition.Decline => actor.ActsForCity(row.MentorCity ?? "", row.MentorCountry ?? ""),
                _ => ReferenceEquals(actor, SystemActor),
            };
            if (!allowed)
            {
                return Forbidden(row);
            }

            var (from, to) = transition switch
            {
                Transition.Approve => (ProposalStatus.Proposed, ProposalStatus.Approved),
                Transition.Reject => (ProposalStatus.Proposed, ProposalStatus.Rejected),
                Transition.Accept => (ProposalStatus.Approved, ProposalStatus.Established),
                Transition.Decline => (ProposalStatus.Approved, ProposalStatus.Declined),
                _ => (ProposalStatus.Approved, ProposalStatus.Expired),
            };
            if (row.Status != from)
            {
                return new DecisionOutcome(DecisionResult.Conflict, await GetAsync(id, cancellationToken),
                    $"The proposal is {row.Status}; only a {from} proposal can be {to}.");
            }

            if (from == ProposalStatus.Proposed && await StaleAsync(connection, transaction, row, cancellationToken) is { } stale)
            {
                return stale;
            }

            await SetStatusAsync(connection, transaction, row, from, to, actor, now, note, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, to, "proposal", Id(id),
                new { from, to, note, applicant = row.ApplicantId, mentor = row.MentorId }, cancellationToken);
            scheduled = to switch
            {
                ProposalStatus.Approved => await followUps.RecordForApprovalAsync(connection, transaction, id, year, now, cancellationToken),
                ProposalStatus.Established => await followUps.RecordForEstablishedAsync(connection, transaction, id, year, now, cancellationToken),
                _ => [],
            };
            if (to is ProposalStatus.Declined or ProposalStatus.Expired)
            {
                rerunField = row.CreativeField;
                reoffer = options.Value.ReofferAfterDecline ? row.ApplicantId : null;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        if (rerunField is not null)
        {
            // The mentor's place is free again: pair the field again, keeping approved and established pairs.
            await rounds.RequestAsync(year, actor, CreativeFields.Parse(rerunField), $"after {transition.ToString().ToLowerInvariant()} of proposal {id}",
                cancellationToken, reoffer);
        }

        return new DecisionOutcome(DecisionResult.Done, await GetAsync(id, cancellationToken));
    }

    /// <summary>Every row of the pair moves together, so a pair carried into a later round keeps one state.</summary>
    private async Task SetStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedRow row, string from, string to, CurrentUser actor,
        DateTimeOffset now, string? note, CancellationToken cancellationToken)
    {
        var byCoordinator = from == ProposalStatus.Proposed;
        await connection.ExecuteAsync(new CommandDefinition(byCoordinator
            ? """
              UPDATE proposals SET status = @to, decided_by = @actor, decided_at = @now, note = @note,
                  offer_expires_at = CASE WHEN @to = 'approved' THEN @expires ELSE NULL END
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """
            : """
              UPDATE proposals SET status = @to, responded_by = @actor, responded_at = @now, response_note = @note
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """,
            new
            {
                to, from, actor = actor.Label, now, note, row.CallYear, row.ApplicantId, row.MentorId,
                expires = (now + options.Value.MentorResponseTime).ToUniversalTime(),
            }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Only the latest completed round for the field can be decided on; older proposals were superseded.</summary>
    private async Task<DecisionOutcome?> StaleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedRow row, CancellationToken cancellationToken)
    {
        var latest = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT max(id) FROM rounds WHERE call_year = @CallYear AND status = 'completed'
              AND (creative_field IS NULL OR creative_field = @CreativeField)
            """, new { row.CallYear, row.CreativeField }, transaction, cancellationToken: cancellationToken));
        return latest is { } l && l != row.RoundId
            ? new DecisionOutcome(DecisionResult.Conflict, await GetAsync(row.Id, cancellationToken),
                $"This proposal was superseded by round {l}; decide on that round's proposals.")
            : null;
    }

    private static async Task<LockedRow?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken) =>
        await connection.QuerySingleOrDefaultAsync<LockedRow>(new CommandDefinition("""
            SELECT p.id, p.round_id, p.call_year, p.applicant_id, p.mentor_id, p.creative_field, p.status, p.alternatives::text AS alternatives,
                   m.city AS mentor_city, m.country_code AS mentor_country
            FROM proposals p
            LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
            WHERE p.id = @id FOR UPDATE OF p
            """, new { id }, transaction, cancellationToken: cancellationToken));

    private static DecisionOutcome Forbidden(LockedRow row) => new(DecisionResult.Forbidden,
        Problem: $"Only the {row.CreativeField} coordinator decides on this proposal, and only {row.MentorCity} answers for the mentor city.");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed class LockedRow
    {
        public long Id { get; init; }
        public long RoundId { get; init; }
        public int CallYear { get; init; }
        public string ApplicantId { get; init; } = "";
        public string MentorId { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public string Status { get; init; } = "";
        public string Alternatives { get; init; } = "[]";
        public string? MentorCity { get; init; }
        public string? MentorCountry { get; init; }
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
        public DateTimeOffset? OfferExpiresAt { get; init; }
        public string? RespondedBy { get; init; }
        public DateTimeOffset? RespondedAt { get; init; }
        public string? ResponseNote { get; init; }

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
            OfferExpiresAt = OfferExpiresAt,
            RespondedBy = RespondedBy,
            RespondedAt = RespondedAt,
            ResponseNote = ResponseNote,
        };
    }
}
