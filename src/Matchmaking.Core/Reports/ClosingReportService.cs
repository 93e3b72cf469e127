using Dapper;
using Matchmaking.Core.Proposals;
using Npgsql;

namespace Matchmaking.Core.Reports;

/// <summary>Builds the closing report from the current state of the call, and writes it as CSV.</summary>
public sealed class ClosingReportService(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Reasons for applicants without an established partnership, beside the engine's own (from the latest round).</summary>
    public const string AwaitingMentor = "awaiting_mentor_answer";
    public const string AwaitingCoordinator = "awaiting_coordinator";
    public const string RejectedByCoordinator = "rejected_by_coordinator";
    public const string DeclinedByMentor = "declined_by_mentor";
    public const string OfferExpired = "offer_expired";
    public const string NotInAnyRound = "not_in_any_round";

    public async Task<ClosingReport> BuildAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition("""
            WITH pairs AS (
                SELECT DISTINCT ON (p.applicant_id, p.mentor_id) p.applicant_id, p.mentor_id, p.status, p.score, p.responded_at
                FROM proposals p WHERE p.call_year = @year
                ORDER BY p.applicant_id, p.mentor_id, p.round_id DESC),
            latest AS (
                SELECT a.id AS applicant_id, current_round(a.call_year, a.creative_field) AS round_id
                FROM applicants a WHERE a.call_year = @year)
            SELECT a.id AS applicant_id, a.city AS applicant_city, a.country_code AS applicant_country, a.creative_field,
                   e.mentor_id, m.city AS mentor_city, m.country_code AS mentor_country, e.score, e.responded_at AS established_at,
                   (SELECT string_agg(status, ',') FROM pairs x WHERE x.applicant_id = a.id) AS statuses,
                   live.mentor_id AS live_mentor_id, lm.city AS live_mentor_city, lm.country_code AS live_mentor_country,
                   live.status AS live_status,
                   (SELECT array_to_string(u.reasons, ',') FROM unmatched_applicants u
                     WHERE u.round_id = l.round_id AND u.applicant_id = a.id) AS unmatched_reasons
            FROM applicants a
            JOIN latest l ON l.applicant_id = a.id
            LEFT JOIN pairs e ON e.applicant_id = a.id AND e.status = @established
            LEFT JOIN mentor_offers m ON m.call_year = a.call_year AND m.id = e.mentor_id
            LEFT JOIN LATERAL (
                SELECT x.mentor_id, x.status FROM proposals x
                WHERE x.call_year = @year AND x.applicant_id = a.id AND x.status IN (@approved, @proposed) AND x.round_id = l.round_id
                ORDER BY x.status = @approved DESC, x.score DESC LIMIT 1) live ON e.mentor_id IS NULL
            LEFT JOIN mentor_offers lm ON lm.call_year = a.call_year AND lm.id = live.mentor_id
            WHERE a.call_year = @year
            ORDER BY a.creative_field, a.id
            """, new
        {
            year, established = ProposalStatus.Established.Code(), approved = ProposalStatus.Approved.Code(),
            proposed = ProposalStatus.Proposed.Code(),
        }, cancellationToken: cancellationToken))).AsList();

        return new ClosingReport
        {
            CallYear = year,
            GeneratedAt = time.GetUtcNow(),
            Established = rows.Where(r => r.MentorId is not null).Select(r => new EstablishedPair
            {
                ApplicantId = r.ApplicantId, ApplicantCity = r.ApplicantCity, ApplicantCountry = r.ApplicantCountry.Trim(),
                MentorId = r.MentorId!, MentorCity = r.MentorCity ?? "", MentorCountry = r.MentorCountry?.Trim() ?? "",
                Field = r.CreativeField, Score = r.Score ?? 0, EstablishedAt = r.EstablishedAt,
            }).ToList(),
            Unmatched = rows.Where(r => r.MentorId is null).Select(r => new UnmatchedApplicantLine
            {
                ApplicantId = r.ApplicantId, ApplicantCity = r.ApplicantCity, ApplicantCountry = r.ApplicantCountry.Trim(),
                Field = r.CreativeField, Reasons = ReasonsFor(r),
                MentorId = r.LiveMentorId, MentorCity = r.LiveMentorCity, MentorCountry = r.LiveMentorCountry?.Trim(),
            }).ToList(),
        };
    }

    /// <summary>One line per applicant: established with its mentor, or unmatched with its reasons (RFC 4180, UTF-8).</summary>
    public static string ToCsv(ClosingReport report) => CsvTable.Write(
        ["applicant_id", "applicant_city", "applicant_country", "creative_field", "outcome", "mentor_id", "mentor_city", "mentor_country",
            "score", "reasons"],
        report.Established.Select(e => (IReadOnlyList<string?>)
            [e.ApplicantId, e.ApplicantCity, e.ApplicantCountry, e.Field, "established", e.MentorId, e.MentorCity, e.MentorCountry,
                CsvTable.Number(e.Score), ""])
        .Concat(report.Unmatched.Select(u => (IReadOnlyList<string?>)
            [u.ApplicantId, u.ApplicantCity, u.ApplicantCountry, u.Field, u.MentorId is null ? "unmatched" : "in_progress",
                u.MentorId, u.MentorCity, u.MentorCountry, "", string.Join(';', u.Reasons)])));

    /// <summary>
    /// Why an applicant has no established partnership: a pair still in progress first (its mentor is on the line), then
    /// the latest round's reasons, then what became of its last pair.
    /// </summary>
    private static string[] ReasonsFor(Row row)
    {
        if (row.LiveStatus is { } live)
        {
            return ProposalStatuses.Parse(live) == ProposalStatus.Approved ? [AwaitingMentor] : [AwaitingCoordinator];
        }

        if (!string.IsNullOrEmpty(row.UnmatchedReasons))
        {
            return row.UnmatchedReasons.Split(',');
        }

        // A pair the coordinator replaced by pairing the applicant by hand is not a rejection.
        var statuses = (row.Statuses?.Split(',') ?? []).Select(ProposalStatuses.Parse).ToHashSet();
        string[] ended = [
            ..statuses.Contains(ProposalStatus.Rejected) ? [RejectedByCoordinator] : Array.Empty<string>(),
            ..statuses.Contains(ProposalStatus.Declined) ? [DeclinedByMentor] : Array.Empty<string>(),
            ..statuses.Contains(ProposalStatus.Expired) ? [OfferExpired] : Array.Empty<string>(),
        ];
        return ended.Length > 0 ? ended : [NotInAnyRound];
    }

    private sealed class Row
    {
        public string ApplicantId { get; init; } = "";
        public string ApplicantCity { get; init; } = "";
        public string ApplicantCountry { get; init; } = "";
        public string CreativeField { get; init; } = "";
        public string? MentorId { get; init; }
        public string? MentorCity { get; init; }
        public string? MentorCountry { get; init; }
        public double? Score { get; init; }
        public DateTimeOffset? EstablishedAt { get; init; }
        public string? Statuses { get; init; }
        public string? UnmatchedReasons { get; init; }
        public string? LiveMentorId { get; init; }
        public string? LiveMentorCity { get; init; }
        public string? LiveMentorCountry { get; init; }
        public string? LiveStatus { get; init; }
    }
}
