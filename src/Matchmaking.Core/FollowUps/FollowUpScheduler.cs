using System.Globalization;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Records follow-up tasks in the same transaction as the change that causes them, then hands them to Quartz. The row is
/// the durable intent, keyed by an idempotency key (call or pair, and kind); the Quartz trigger's key is derived from the
/// row's id, so scheduling twice is harmless.
/// </summary>
public sealed class FollowUpScheduler(NpgsqlDataSource dataSource, ISchedulerFactory schedulers, IOptions<LifecycleOptions> options)
{
    /// <summary>Local time of day, Europe/Paris, at which day-based reminders go out.</summary>
    private static readonly TimeSpan MorningInParis = TimeSpan.FromHours(9);

    /// <summary>On approval: the notice now, the mentor reminder, the offer's expiry, and the partnership reminder.</summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForApprovalAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, int year, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var label = await PairLabelAsync(connection, transaction, proposalId, cancellationToken);
        var deadline = await connection.QuerySingleAsync<DateTimeOffset>(new CommandDefinition(
            "SELECT partnership_deadline FROM calls WHERE year = @year", new { year }, transaction, cancellationToken: cancellationToken));
        var recorded = new List<ScheduledFollowUp>
        {
            await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.Notice, $"Pairing notice: {label}", now, now,
                cancellationToken),
            await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.MentorReminder,
                $"Reminder to answer: {label}", now + options.Value.MentorReminderAfter, now, cancellationToken),
            await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.OfferExpiry,
                $"Offer expires unless answered: {label}", now + options.Value.MentorResponseTime, now, cancellationToken),
        };
        var reminderAt = DaysBefore(deadline, 3);
        if (reminderAt > now)
        {
            recorded.Add(await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.PartnershipReminder,
                $"Partnership not yet established: {label}", reminderAt, now, cancellationToken));
        }

        return recorded;
    }

    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForEstablishedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, int year, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var label = await PairLabelAsync(connection, transaction, proposalId, cancellationToken);
        return [await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.EstablishedNotice,
            $"Partnership established: {label}", now, now, cancellationToken)];
    }

    /// <summary>
    /// The call's own schedule, derived from its dates: late applications flagged on 31 March 00:00, the escalation two
    /// days before 9 April, the round's close on 9 April 23:59 (Europe/Paris). Tasks already due when the call is
    /// created are recorded as skipped: they belong to a call that was entered after the fact.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForCallAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, CallSchedule call, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var paris = CallSchedule.ParisTimeZone();
        var deadlineDay = TimeZoneInfo.ConvertTime(call.PartnershipDeadline, paris).Date;
        var tasks = new (string Kind, string Subject, DateTimeOffset Due)[]
        {
            (FollowUpKind.LateFlag, $"Flag applications received after the {call.Year} interest deadline",
                CallSchedule.InParis(paris, TimeZoneInfo.ConvertTime(call.InterestDeadline, paris).Date.AddDays(1))),
            (FollowUpKind.Escalation, $"Escalation: pairs not established and applicants unmatched ({call.Year})",
                DaysBefore(call.PartnershipDeadline, 2)),
            (FollowUpKind.RoundClose, $"Close the {call.Year} pairing round and keep the closing report",
                CallSchedule.InParis(paris, deadlineDay + new TimeSpan(23, 59, 0))),
        };
        var recorded = new List<ScheduledFollowUp>();
        foreach (var (kind, subject, due) in tasks)
        {
            var row = await RecordAsync(connection, transaction, call.Year, null, kind, subject, due, now, cancellationToken,
                initialState: due > now ? "scheduled" : "skipped", reschedule: true);
            if (due > now)
            {
                recorded.Add(row);
            }
        }

        return recorded;
    }

    /// <summary>Three (or n) calendar days before a deadline's local date, at 09:00 Europe/Paris.</summary>
    public static DateTimeOffset DaysBefore(DateTimeOffset deadline, int days)
    {
        var paris = CallSchedule.ParisTimeZone();
        var local = TimeZoneInfo.ConvertTime(deadline, paris).Date.AddDays(-days) + MorningInParis;
        return CallSchedule.InParis(paris, local);
    }

    public async Task ScheduleAsync(IReadOnlyList<ScheduledFollowUp> followUps, CancellationToken cancellationToken, bool replace = false)
    {
        if (followUps.Count == 0)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var followUp in followUps)
        {
            var key = FollowUpJob.TriggerKeyFor(followUp.Id);
            if (await scheduler.Exists(key, cancellationToken))
            {
                if (!replace)
                {
                    continue;
                }

                await scheduler.UnscheduleJob(key, cancellationToken);
            }

            await scheduler.ScheduleJob(Trigger(key, followUp.Id, followUp.DueAt), default, cancellationToken);
        }
    }

    /// <summary>Schedules another run of a task (a retry after a failure, or a retry asked for by the secretariat).</summary>
    public async Task ScheduleRetryAsync(long id, string attempt, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = FollowUpJob.RetryTriggerKeyFor(id, attempt);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return;
        }

        await scheduler.ScheduleJob(Trigger(key, id, at), default, cancellationToken);
    }

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

    /// <summary>A dead-lettered, failed or cancelled task runs again now, with its attempts reset.</summary>
    public async Task<FollowUpView?> RetryAsync(long id, CurrentUser actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE follow_ups SET state = 'scheduled', attempts = 0, next_attempt_at = NULL, completed_at = NULL
                WHERE id = @id AND state IN ('dead_lettered', 'failed', 'cancelled')
                """, new { id }, transaction, cancellationToken: cancellationToken));
            if (changed == 0)
            {
                return null;
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "retry", "follow_up",
                id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ScheduleRetryAsync(id, $"manual-{now.ToUnixTimeMilliseconds()}", now, cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>A task that has not run yet (or was dead-lettered) will not run.</summary>
    public async Task<FollowUpView?> CancelAsync(long id, CurrentUser actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var changed = await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE follow_ups SET state = 'cancelled', completed_at = @now, outcome = 'cancelled by ' || @actor
                WHERE id = @id AND state IN ('scheduled', 'dead_lettered', 'failed')
                """, new { id, now, actor = actor.Label }, transaction, cancellationToken: cancellationToken));
            if (changed == 0)
            {
                return null;
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "cancel", "follow_up",
                id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJob(FollowUpJob.TriggerKeyFor(id), cancellationToken);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(FollowUpJob.RetryGroupFor(id)), cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>
    /// One run of a task. Fire-now on misfire: a task that fell due while every worker was down runs once when one
    /// comes back.
    /// </summary>
    private static ITrigger Trigger(TriggerKey key, long followUpId, DateTimeOffset at) => TriggerBuilder.Create()
        .WithIdentity(key)
        .ForJob(FollowUpJob.Key)
        .UsingJobData(FollowUpJob.FollowUpIdKey, followUpId.ToString(CultureInfo.InvariantCulture))
        .StartAt(at)
        .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .Build();

    private const string Select = """
        SELECT id, call_year, kind, subject, due_at, state, proposal_id, completed_at, outcome, attempts, last_error, next_attempt_at
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
        NpgsqlConnection connection, NpgsqlTransaction? transaction, int year, long? proposalId, string kind, string subject,
        DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken, string initialState = "scheduled",
        bool reschedule = false)
    {
        var key = proposalId is { } p ? $"proposal:{p}:{kind}" : $"call:{year}:{kind}";
        // A call's dates may be changed: its scheduled tasks then move with them (reschedule); a pair's tasks never move.
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(reschedule
            ? """
              INSERT INTO follow_ups (call_year, proposal_id, kind, subject, due_at, state, idempotency_key, quartz_job, created_at)
              VALUES (@year, @proposalId, @kind, @subject, @dueAt, @initialState, @key, @job, @now)
              ON CONFLICT (idempotency_key) DO UPDATE SET due_at = CASE WHEN follow_ups.state = 'scheduled' THEN excluded.due_at
                                                                          ELSE follow_ups.due_at END
              RETURNING id
              """
            : """
              INSERT INTO follow_ups (call_year, proposal_id, kind, subject, due_at, state, idempotency_key, quartz_job, created_at)
              VALUES (@year, @proposalId, @kind, @subject, @dueAt, @initialState, @key, @job, @now)
              ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
              RETURNING id
              """,
            new { year, proposalId, kind, subject, dueAt = dueAt.ToUniversalTime(), initialState, key, job = FollowUpJob.Key.ToString(), now },
            transaction, cancellationToken: cancellationToken));
        return new ScheduledFollowUp(id, dueAt);
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

        public FollowUpView ToView() => new()
        {
            Id = Id, CallYear = CallYear, Kind = Kind, Subject = Subject, DueAt = DueAt, State = State, ProposalId = ProposalId,
            CompletedAt = CompletedAt, Outcome = Outcome, Attempts = Attempts, LastError = LastError, NextAttemptAt = NextAttemptAt,
            QuartzTrigger = FollowUpJob.TriggerKeyFor(Id).ToString(),
        };
    }
}
