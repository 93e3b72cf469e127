using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.Designations;

/// <summary>
/// On 29 October the secretariat records which applicants of a call were designated; every other applicant of the call is
/// recorded as not designated. Recording again replaces the call's outcomes (a correction), in one transaction with its audit.
/// The unsuccessful applicants become the call history read by <see cref="HistoryAsync"/> for the four-year pause rule.
/// </summary>
public sealed class DesignationStore(NpgsqlDataSource dataSource, CallStore calls, TimeProvider time)
{
    public async Task<IReadOnlyList<CallOutcome>> ListAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutcomeRow>(new CommandDefinition("""
            SELECT a.id AS applicant_id, a.city, a.country_code, a.creative_field, o.designated, o.recorded_by, o.recorded_at
            FROM applicants a LEFT JOIN call_outcomes o ON o.call_year = a.call_year AND o.applicant_id = a.id
            WHERE a.call_year = @year ORDER BY a.creative_field, a.city
            """, new { year }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToOutcome())];
    }

    /// <summary>
    /// Refused before the call's application deadline (a conflict), and for ids that are not applicants of the call (the
    /// request's <c>designated</c>, naming them): then nothing is recorded.
    /// </summary>
    /// <exception cref="CallNotFoundException">No call has that year.</exception>
    public async Task<Outcome<DesignationsRecorded>> RecordAsync(int year, IReadOnlyCollection<string> designated, string actor, CancellationToken cancellationToken)
    {
        var call = await calls.RequireAsync(year, cancellationToken);
        var now = time.GetUtcNow();
        if (now < call.ApplicationDeadline)
        {
            return Refusal.Conflict(new Phrase("designations_before_deadline", call.ApplicationDeadline, call.DesignationsAnnounced));
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var applicants = (await connection.QueryAsync<OutcomeRow>(new CommandDefinition("""
            SELECT id AS applicant_id, city, country_code, creative_field FROM applicants WHERE call_year = @year FOR SHARE
            """, new { year }, transaction, cancellationToken: cancellationToken))).ToList();
        var ids = applicants.Select(a => a.ApplicantId).ToHashSet(StringComparer.Ordinal);
        var wanted = designated.Select(d => d.Trim()).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(d => !ids.Contains(d)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            return Refusal.Invalid("designated", new Phrase("designations_not_applicants", year, string.Join(", ", unknown)));
        }

        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM call_outcomes WHERE call_year = @year", new { year }, transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO call_outcomes (call_year, applicant_id, city, city_key, country_code, creative_field, designated, recorded_by, recorded_at)
            VALUES (@year, @ApplicantId, @City, @CityKey, @CountryCode, @CreativeField, @Designated, @actor, @now)
            """, applicants.Select(a => new
        {
            year, a.ApplicantId, a.City, CityKey = CityNames.Key(a.City), CountryCode = a.CountryCode.Trim(), a.CreativeField,
            Designated = wanted.Contains(a.ApplicantId), actor, now,
        }), transaction, cancellationToken: cancellationToken));
        var result = new DesignationsRecorded(year, wanted.Count, applicants.Count - wanted.Count);
        await AuditLog.WriteAsync(connection, transaction, now, actor, "record_designations", "call",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { designated = wanted.Order(StringComparer.Ordinal), not_designated = result.NotDesignated }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The earlier calls each city applied to without being designated, by city key and country: what the four-year pause
    /// rule reads beside the years an applicant declares.
    /// </summary>
    public async Task<IReadOnlyDictionary<(string CityKey, string CountryCode), int[]>> HistoryAsync(int beforeYear, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string CityKey, string CountryCode, int CallYear)>(new CommandDefinition("""
            SELECT city_key, trim(country_code), call_year FROM call_outcomes WHERE NOT designated AND call_year < @beforeYear
            """, new { beforeYear }, cancellationToken: cancellationToken));
        return rows.GroupBy(r => (r.CityKey, r.CountryCode)).ToDictionary(g => g.Key, g => g.Select(r => r.CallYear).Distinct().Order().ToArray());
    }

    private sealed class OutcomeRow
    {
        public string ApplicantId { get; init; } = "";
        public string City { get; init; } = "";
        public string CountryCode { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public bool? Designated { get; init; }
        public string? RecordedBy { get; init; }
        public DateTimeOffset? RecordedAt { get; init; }

        public CallOutcome ToOutcome() => new()
        {
            ApplicantId = ApplicantId, City = City, CountryCode = CountryCode.Trim(), Field = CreativeFields.Parse(CreativeField),
            Designated = Designated, RecordedBy = RecordedBy, RecordedAt = RecordedAt,
        };
    }
}
