using System.Globalization;
using Dapper;
using Matchmaking.Engine.Domain;
using Npgsql;
using Quartz;

namespace Matchmaking.Core.FollowUps;

/// <summary>Records follow-up tasks with the change that causes them, then hands them to Quartz.</summary>
public sealed class FollowUpScheduler(NpgsqlDataSource dataSource, ISchedulerFactory schedulers)
{
    /// <summary>Local time of day, Europe/Paris, at which day-based reminders go out.</summary>
    private static readonly TimeSpan ReminderTimeOfDay = TimeSpan.FromHours(9);

    /// <summary>A notice now, and a reminder three days before 9 April (09:00 Paris) while that is still ahead.</summary>
    public async Task<IReadOnlyList<ScheduledFollowUp>> RecordForApprovalAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long proposalId, int year, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var pair = await connection.QuerySingleAsync<(string ApplicantId, string MentorId, string CreativeField)>(new CommandDefinition(
            "SELECT applicant_id, mentor_id, creative_field FROM proposals WHERE id = @proposalId", new { proposalId }, transaction,
            cancellationToken: cancellationToken));
        var deadline = await connection.QuerySingleAsync<DateTimeOffset>(new CommandDefinition(
            "SELECT partnership_deadline FROM calls WHERE year = @year", new { year }, transaction, cancellationToken: cancellationToken));
        var label = $"{pair.ApplicantId} ↔ {pair.MentorId} ({pair.CreativeField})";
        var recorded = new List<ScheduledFollowUp>
        {
            await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.Notice, $"Pairing notice: {label}", now,
                $"proposal:{proposalId}:{FollowUpKind.Notice}", now, cancellationToken),
        };
        var reminderAt = ReminderTime(deadline);
        if (reminderAt > now)
        {
            recorded.Add(await RecordAsync(connection, transaction, year, proposalId, FollowUpKind.PartnershipReminder,
                $"Partnership not yet confirmed: {label}", reminderAt, $"proposal:{proposalId}:{FollowUpKind.PartnershipReminder}", now,
                cancellationToken));
        }

        return recorded;
    }

    /// <summary>Three calendar days before the partnership deadline's local date, at 09:00 Europe/Paris.</summary>
    public static DateTimeOffset ReminderTime(DateTimeOffset partnershipDeadline)
    {
        var paris = CallSchedule.ParisTimeZone();
        var local = TimeZoneInfo.ConvertTime(partnershipDeadline, paris).Date.AddDays(-3) + ReminderTimeOfDay;
        return CallSchedule.InParis(paris, local);
    }

    public async Task ScheduleAsync(IReadOnlyList<ScheduledFollowUp> followUps, CancellationToken cancellationToken)
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
                continue;
            }

            // Fire-now on misfire: a task that fell due while every worker was down runs once when one comes back.
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(FollowUpJob.Key)
                .UsingJobData(FollowUpJob.FollowUpIdKey, followUp.Id.ToString(CultureInfo.InvariantCulture))
                .StartAt(followUp.DueAt)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(trigger, default, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<FollowUpView>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FollowUpRow>(new CommandDefinition("""
            SELECT id, call_year, kind, subject, due_at, state, proposal_id, completed_at, outcome
            FROM follow_ups WHERE call_year = @year ORDER BY due_at, id
            """, new { year }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    private static async Task<ScheduledFollowUp> RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, long? proposalId, string kind, string subject,
        DateTimeOffset dueAt, string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO follow_ups (call_year, proposal_id, kind, subject, due_at, state, idempotency_key, quartz_job, created_at)
            VALUES (@year, @proposalId, @kind, @subject, @dueAt, 'scheduled', @idempotencyKey, @job, @now)
            ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
            RETURNING id
            """, new { year, proposalId, kind, subject, dueAt = dueAt.ToUniversalTime(), idempotencyKey, job = FollowUpJob.Key.ToString(), now },
            transaction, cancellationToken: cancellationToken));
        return new ScheduledFollowUp(id, dueAt);
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

        public FollowUpView ToView() => new()
        {
            Id = Id, CallYear = CallYear, Kind = Kind, Subject = Subject, DueAt = DueAt, State = State, ProposalId = ProposalId,
            CompletedAt = CompletedAt, Outcome = Outcome, QuartzTrigger = FollowUpJob.TriggerKeyFor(Id).ToString(),
        };
    }
}
