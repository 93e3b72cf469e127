using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Calls;

public sealed record CallView
{
    public required int Year { get; init; }
    public required DateTimeOffset InterestDeadline { get; init; }
    public required DateTimeOffset PartnershipDeadline { get; init; }
    public required DateTimeOffset ApplicationDeadline { get; init; }
    public required DateTimeOffset DesignationsAnnounced { get; init; }
    public required string TimeZone { get; init; }
    public required bool IsSample { get; init; }

    public CallSchedule ToSchedule() => new()
    {
        Year = Year,
        InterestDeadline = InterestDeadline,
        PartnershipDeadline = PartnershipDeadline,
        ApplicationDeadline = ApplicationDeadline,
        DesignationsAnnounced = DesignationsAnnounced,
    };
}

/// <summary>
/// Calls for applications. The secretariat creates a call (<see cref="UpsertAsync"/>); imports and rounds need it to exist
/// (<see cref="RequireAsync"/>). Only the sample call and the configured ingestion sources create one with its default dates
/// (<see cref="EnsureAsync"/>).
/// </summary>
public sealed class CallStore(NpgsqlDataSource dataSource, FollowUpStore followUps, FollowUpJobs followUpJobs, TimeProvider time)
{
    public const int MinYear = 2004;
    public const int MaxYear = 2100;

    public async Task<CallView> EnsureAsync(int year, CancellationToken cancellationToken, bool isSample = false)
    {
        var schedule = CallSchedule.ForYear(year);
        var now = time.GetUtcNow();
        IReadOnlyList<ScheduledFollowUp> scheduled = [];
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var created = await connection.ExecuteScalarAsync<int?>(new CommandDefinition("""
            INSERT INTO calls (year, interest_deadline, partnership_deadline, application_deadline, designations_announced,
                               is_sample, created_at)
            VALUES (@Year, @InterestDeadline, @PartnershipDeadline, @ApplicationDeadline, @DesignationsAnnounced, @IsSample, @Now)
            ON CONFLICT (year) DO NOTHING
            RETURNING year
            """, new
        {
            schedule.Year,
            InterestDeadline = schedule.InterestDeadline.ToUniversalTime(),
            PartnershipDeadline = schedule.PartnershipDeadline.ToUniversalTime(),
            ApplicationDeadline = schedule.ApplicationDeadline.ToUniversalTime(),
            DesignationsAnnounced = schedule.DesignationsAnnounced.ToUniversalTime(), IsSample = isSample, Now = now,
        }, transaction, cancellationToken: cancellationToken));
            if (created is not null)
            {
                scheduled = await followUps.RecordForCallAsync(connection, transaction, schedule, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        return (await GetAsync(year, cancellationToken))!;
    }

    /// <exception cref="CallNotFoundException">The call has not been created.</exception>
    public async Task<CallView> RequireAsync(int year, CancellationToken cancellationToken) =>
        await GetAsync(year, cancellationToken) ?? throw new CallNotFoundException(year);

    public async Task<CallView?> GetAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<CallView>(new CommandDefinition("""
            SELECT year, interest_deadline, partnership_deadline, application_deadline, designations_announced,
                   time_zone, is_sample
            FROM calls WHERE year = @year
            """, new { year }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CallView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CallView>(new CommandDefinition("""
            SELECT year, interest_deadline, partnership_deadline, application_deadline, designations_announced,
                   time_zone, is_sample
            FROM calls ORDER BY year
            """, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Creates a call or sets its dates (any call may differ from the usual shape), in the audit log as done by actor.</summary>
    public async Task<CallView> UpsertAsync(CallSchedule schedule, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        IReadOnlyList<ScheduledFollowUp> scheduled;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var before = await connection.QuerySingleOrDefaultAsync<CallView>(new CommandDefinition("""
                SELECT year, interest_deadline, partnership_deadline, application_deadline, designations_announced, time_zone, is_sample
                FROM calls WHERE year = @Year FOR UPDATE
                """, new { schedule.Year }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO calls (year, interest_deadline, partnership_deadline, application_deadline, designations_announced, created_at)
            VALUES (@Year, @InterestDeadline, @PartnershipDeadline, @ApplicationDeadline, @DesignationsAnnounced, @Now)
            ON CONFLICT (year) DO UPDATE SET interest_deadline = excluded.interest_deadline,
                partnership_deadline = excluded.partnership_deadline, application_deadline = excluded.application_deadline,
                designations_announced = excluded.designations_announced
            """, new
        {
            schedule.Year,
            InterestDeadline = schedule.InterestDeadline.ToUniversalTime(),
            PartnershipDeadline = schedule.PartnershipDeadline.ToUniversalTime(),
            ApplicationDeadline = schedule.ApplicationDeadline.ToUniversalTime(),
            DesignationsAnnounced = schedule.DesignationsAnnounced.ToUniversalTime(), Now = now,
        }, transaction, cancellationToken: cancellationToken));
            scheduled =
            [
                .. await followUps.RecordForCallAsync(connection, transaction, schedule, now, cancellationToken),
                .. await followUps.MovePairTasksAsync(connection, transaction, schedule, now, cancellationToken),
            ];
            await Audit.AuditLog.WriteAsync(connection, transaction, now, actor, before is null ? "create" : "set_dates", "call",
                schedule.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), new
                {
                    before = before is null ? null : new
                    {
                        before.InterestDeadline, before.PartnershipDeadline, before.ApplicationDeadline, before.DesignationsAnnounced,
                    },
                    after = new
                    {
                        schedule.InterestDeadline, schedule.PartnershipDeadline, schedule.ApplicationDeadline, schedule.DesignationsAnnounced,
                    },
                }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // The call's tasks, and its pairs' reminders, move with its dates.
        await followUpJobs.ScheduleAsync(scheduled, cancellationToken, replace: true);
        return (await GetAsync(schedule.Year, cancellationToken))!;
    }
}
