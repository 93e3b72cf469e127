using Dapper;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// The task rows: recorded in the same transaction as the change that causes them, keyed by an idempotency key (call or pair,
/// and kind), so recording twice is harmless. Each row is the durable intent; <see cref="FollowUpJobs"/> wakes it.
/// </summary>
public sealed class FollowUpStore(NpgsqlDataSource dataSource, IOptions<LifecycleOptions> options)
{
    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForApprovalAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, int year, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var label = await PairLabelAsync(connection, transaction, proposalId, cancellationToken);
        var deadline = await connection.QuerySingleAsync<DateTimeOffset>(new CommandDefinition(
            "SELECT partnership_deadline FROM calls WHERE year = @year", new { year }, transaction, cancellationToken: cancellationToken));
        // An approval taken back and given again is a new approval: its notice and reminders are new tasks, not the old ones.
        var approvals = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM follow_ups WHERE proposal_id = @proposalId AND kind = 'notice'", new { proposalId }, transaction,
            cancellationToken: cancellationToken));
        var instance = approvals == 0 ? null : $"approval-{(approvals + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var recorded = new List<ScheduledFollowUp>();
        foreach (var planned in FollowUpDates.ForApproval(label, deadline, now, options.Value.MentorReminderAfter, options.Value.MentorResponseTime))
        {
            recorded.Add(await RecordAsync(connection, transaction, year, proposalId, planned with { Instance = instance }, now, cancellationToken));
        }

        return recorded;
    }

    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForEstablishedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, int year, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var label = await PairLabelAsync(connection, transaction, proposalId, cancellationToken);
        var deadline = await connection.ExecuteScalarAsync<DateTimeOffset>(new CommandDefinition(
            "SELECT application_deadline FROM calls WHERE year = @year", new { year }, transaction, cancellationToken: cancellationToken));
        var recorded = new List<ScheduledFollowUp>();
        foreach (var planned in FollowUpDates.ForEstablished(label, deadline, now))
        {
            recorded.Add(await RecordAsync(connection, transaction, year, proposalId, planned, now, cancellationToken));
        }

        return recorded;
    }

    /// <summary>
    /// The call's own schedule, derived from its dates. A call's dates may change: its scheduled tasks then move with them.
    /// Tasks already due when the call is created are recorded as skipped: they belong to a call entered after the fact.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForCallAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallSchedule call, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var recorded = new List<ScheduledFollowUp>();
        foreach (var planned in FollowUpDates.ForCall(call))
        {
            var future = planned.DueAt > now;
            var row = await RecordAsync(connection, transaction, call.Year, null, planned, now, cancellationToken,
                future ? FollowUpState.Scheduled : FollowUpState.Skipped, reschedule: true);
            if (future)
            {
                recorded.Add(row);
            }
        }

        return recorded;
    }

    /// <summary>
    /// The pairs' tasks that hang on the call's dates move with them: each established pair's reminders before the
    /// application deadline are planned again (one that the new date brings ahead is added, one it leaves behind is skipped),
    /// and a scheduled reminder before the partnership deadline moves to three days before the new one. Returns the rows
    /// whose wake-up must be (re)set.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> MovePairTasksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CallSchedule call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = new List<ScheduledFollowUp>();
        var established = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM proposals WHERE call_year = @Year AND status = 'established' ORDER BY id", new { call.Year }, transaction,
            cancellationToken: cancellationToken))).ToArray();
        foreach (var proposalId in established)
        {
            var label = await PairLabelAsync(connection, transaction, proposalId, cancellationToken);
            foreach (var planned in FollowUpDates.ForEstablished(label, call.ApplicationDeadline, now).Where(p => p.Kind == FollowUpKind.ApplicationReminder))
            {
                moved.Add(await RecordAsync(connection, transaction, call.Year, proposalId, planned, now, cancellationToken, reschedule: true));
            }
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE follow_ups SET state = 'skipped', completed_at = @now, outcome = @outcome, outcome_phrase = CAST(@phrase AS jsonb)
            WHERE proposal_id = ANY(@established) AND kind = 'application_reminder' AND state = 'scheduled' AND NOT (id = ANY(@kept))
            """, Said(new { now, established, kept = moved.Select(m => m.Id).ToArray() }, new Phrase("follow_up_application_deadline_moved")),
            transaction, cancellationToken: cancellationToken));

        // A reminder already sent keeps its row and date: it is not woken again.
        var waiting = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM follow_ups WHERE id = ANY(@ids) AND state = 'scheduled'", new { ids = moved.Select(m => m.Id).ToArray() },
            transaction, cancellationToken: cancellationToken))).ToHashSet();
        moved.RemoveAll(m => !waiting.Contains(m.Id));
        var reminderAt = FollowUpDates.PartnershipReminderAt(call.PartnershipDeadline);
        var partnership = await connection.QueryAsync<(long Id, long ProposalId)>(new CommandDefinition("""
            UPDATE follow_ups
            SET due_at = CASE WHEN @ahead THEN @reminderAt ELSE due_at END,
                state = CASE WHEN @ahead THEN state ELSE 'skipped' END,
                completed_at = CASE WHEN @ahead THEN completed_at ELSE @now END,
                outcome = CASE WHEN @ahead THEN outcome ELSE @outcome END,
                outcome_phrase = CASE WHEN @ahead THEN outcome_phrase ELSE CAST(@phrase AS jsonb) END
            WHERE call_year = @Year AND kind = 'partnership_reminder' AND state = 'scheduled'
            RETURNING id, proposal_id
            """, Said(new { call.Year, reminderAt = reminderAt.ToUniversalTime(), ahead = reminderAt > now, now },
                new Phrase("follow_up_partnership_deadline_moved")), transaction,
            cancellationToken: cancellationToken));
        if (reminderAt > now)
        {
            moved.AddRange(partnership.Select(r => new ScheduledFollowUp(r.Id, reminderAt, call.Year, r.ProposalId, FollowUpKind.PartnershipReminder)));
        }

        return moved;
    }

    /// <summary>
    /// A pair that is settled (established, declined, rejected, expired) needs no more reminders or expiry: its open ones are
    /// marked skipped with the reason, so the tasks page no longer offers them. Their wake-ups then find them done.
    /// </summary>
    internal Task SkipOpenRemindersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Proposals.LockedProposal pair, string status, DateTimeOffset now,
        CancellationToken cancellationToken, bool alsoNotice = false) =>
        connection.ExecuteAsync(new CommandDefinition("""
            UPDATE follow_ups SET state = 'skipped', completed_at = @now, outcome = @outcome, outcome_phrase = CAST(@phrase AS jsonb)
            WHERE id IN (
                -- SKIP LOCKED: the task running now (an offer expiry expiring this very pair) holds its row; it ends itself.
                SELECT id FROM follow_ups
                WHERE state = 'scheduled' AND (kind IN ('mentor_reminder', 'partnership_reminder', 'offer_expiry') OR (@alsoNotice AND kind = 'notice'))
                  AND proposal_id IN (SELECT id FROM proposals WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId)
                FOR UPDATE SKIP LOCKED)
            """, Said(new { now, pair.CallYear, pair.ApplicantId, pair.MentorId, alsoNotice },
                new Phrase("follow_up_no_longer_needed", new CodeWord(status))), transaction, cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<FollowUpView>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FollowUpRow>(new CommandDefinition(Select + " WHERE call_year = @year ORDER BY due_at, id",
            new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    public async Task<FollowUpView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FollowUpRow>(new CommandDefinition(Select + " WHERE id = @id",
            new { id }, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    /// <summary>The parameters of an update that writes an outcome: its English (<c>@outcome</c>) and its phrase (<c>@phrase</c>).</summary>
    internal static DynamicParameters Said(object parameters, Phrase outcome)
    {
        var all = new DynamicParameters(parameters);
        all.Add("outcome", outcome.InEnglish());
        all.Add("phrase", PhraseJson.Serialize(outcome));
        return all;
    }

    private const string Select = """
        SELECT id, call_year, kind, subject, due_at, state, proposal_id, completed_at, outcome, attempts, last_error, next_attempt_at, job_id,
               outcome_phrase::text AS outcome_phrase, last_error_phrase::text AS last_error_phrase,
               (SELECT p.creative_field FROM proposals p WHERE p.id = follow_ups.proposal_id) AS creative_field
        FROM follow_ups
        """;

    private static async Task<string> PairLabelAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, CancellationToken cancellationToken)
    {
        var pair = await connection.QuerySingleAsync<PairRow>(new CommandDefinition("""
            SELECT p.applicant_id, p.mentor_id, p.creative_field, a.city AS applicant_city, m.city AS mentor_city
            FROM proposals p
            LEFT JOIN applicants a ON a.call_year = p.call_year AND a.id = p.applicant_id
            LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
            WHERE p.id = @proposalId
            """, new { proposalId }, transaction, cancellationToken: cancellationToken));
        return $"{pair.ApplicantCity ?? pair.ApplicantId} ↔ {pair.MentorCity ?? pair.MentorId} ({pair.CreativeField})";
    }

    private static async Task<ScheduledFollowUp> RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, int year, long? proposalId, PlannedFollowUp planned,
        DateTimeOffset now, CancellationToken cancellationToken, FollowUpState initialState = FollowUpState.Scheduled,
        bool reschedule = false)
    {
        var key = (proposalId is { } p ? $"proposal:{p}:{planned.Kind}" : $"call:{year}:{planned.Kind}")
            + (planned.Instance is null ? "" : $":{planned.Instance}");
        // job_requested_at: this row wants a wake-up from now on; FollowUpJobs records the job, the sweep catches a lost one.
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(reschedule
            ? """
              INSERT INTO follow_ups (call_year, proposal_id, kind, subject, due_at, state, idempotency_key, created_at, job_requested_at)
              VALUES (@year, @proposalId, @Kind, @Subject, @dueAt, @state, @key, @now, @requested)
              ON CONFLICT (idempotency_key) DO UPDATE SET due_at = CASE WHEN follow_ups.state = 'scheduled' THEN excluded.due_at
                                                                          ELSE follow_ups.due_at END
              RETURNING id
              """
            : """
              INSERT INTO follow_ups (call_year, proposal_id, kind, subject, due_at, state, idempotency_key, created_at, job_requested_at)
              VALUES (@year, @proposalId, @Kind, @Subject, @dueAt, @state, @key, @now, @requested)
              ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
              RETURNING id
              """,
            new
            {
                year, proposalId, planned.Kind, planned.Subject, dueAt = planned.DueAt.ToUniversalTime(), state = initialState.Code(), key, now,
                requested = initialState == FollowUpState.Scheduled ? now : (DateTimeOffset?)null,
            },
            transaction, cancellationToken: cancellationToken));
        return new ScheduledFollowUp(id, planned.DueAt, year, proposalId, planned.Kind);
    }

    private sealed class PairRow
    {
        public string ApplicantId { get; init; } = "";
        public string MentorId { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public string? ApplicantCity { get; init; }
        public string? MentorCity { get; init; }
    }

    private sealed class FollowUpRow
    {
        public long Id { get; init; }
        public int CallYear { get; init; }
        public string Kind { get; init; } = "";
        public string Subject { get; init; } = "";
        public DateTimeOffset DueAt { get; init; }
        public string State { get; init; } = "";
        public long? ProposalId { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
        public string? Outcome { get; init; }
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset? NextAttemptAt { get; init; }
        public string? JobId { get; init; }
        public string? OutcomePhrase { get; init; }
        public string? LastErrorPhrase { get; init; }
        public string? CreativeField { get; init; }

        public FollowUpView ToView() => new()
        {
            Id = Id, CallYear = CallYear, Kind = Kind, Subject = Subject, DueAt = DueAt, State = FollowUpStates.Parse(State),
            ProposalId = ProposalId, CompletedAt = CompletedAt, Outcome = Outcome, Attempts = Attempts, LastError = LastError,
            NextAttemptAt = NextAttemptAt, JobId = JobId,
            OutcomePhrase = PhraseJson.Deserialize(OutcomePhrase), LastErrorPhrase = PhraseJson.Deserialize(LastErrorPhrase),
            Field = CreativeField is null ? null : Engine.Domain.CreativeFields.Parse(CreativeField),
        };
    }
}
