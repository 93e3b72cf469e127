using Matchmaking.Core.Changes;
using System.Text.Json;
using Dapper;
using Matchmaking.Engine.Pairing;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// The proposals table. Reads open their own connection; the writes of a decision take the caller's transaction, so the
/// change, its audit entry and its follow-up rows commit together.
/// </summary>
/// <remarks>Public only because <see cref="ProposalService"/>, which the pages inject, takes it in its constructor.</remarks>
public sealed class ProposalStore(NpgsqlDataSource dataSource, ChangeFeed changes)
{
    /// <summary>The current proposals per call: the list a page reads most, kept until anything it shows changes.</summary>
    private readonly ReadCache<int, IReadOnlyList<ProposalView>> _current = new(changes, capacity: 64);

    private const string Select = """
        SELECT p.id, p.round_id, p.call_year, p.applicant_id, a.city AS applicant_city, a.country_code AS applicant_country,
               p.mentor_id, m.city AS mentor_city, m.country_code AS mentor_country, p.creative_field, p.score, p.similarity,
               p.explanation::text AS explanation, p.alternatives::text AS alternatives, p.status, p.decided_by, p.decided_at, p.note,
               p.offer_expires_at, p.responded_by, p.responded_at, p.response_note
        FROM proposals p
        LEFT JOIN applicants a ON a.call_year = p.call_year AND a.id = p.applicant_id
        LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
        """;

    internal async Task<IReadOnlyList<ProposalView>> ListForRoundAsync(long roundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProposalRow>(new CommandDefinition(
            Select + " WHERE p.round_id = @roundId ORDER BY p.creative_field, p.applicant_id", new { roundId },
            cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    /// <summary>For each field, the proposals of the latest completed round that covered it.</summary>
    internal Task<IReadOnlyList<ProposalView>> ListCurrentAsync(int year, CancellationToken cancellationToken) =>
        _current.GetOrReadAsync(year, ct => ReadCurrentAsync(year, ct), cancellationToken);

    private async Task<IReadOnlyList<ProposalView>> ReadCurrentAsync(int year, CancellationToken cancellationToken)
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

    internal async Task<ProposalView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ProposalRow>(new CommandDefinition(
            Select + " WHERE p.id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    /// <summary>Locks the proposal (not its mentor offer) until the transaction ends, so two decisions on it queue up.</summary>
    internal static Task<LockedProposal?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<LockedProposal>(new CommandDefinition("""
            SELECT p.id, p.round_id, p.call_year, p.applicant_id, p.mentor_id, p.creative_field, p.status,
                   p.alternatives::text AS alternatives, m.city AS mentor_city, m.country_code AS mentor_country
            FROM proposals p
            LEFT JOIN mentor_offers m ON m.call_year = p.call_year AND m.id = p.mentor_id
            WHERE p.id = @id FOR UPDATE OF p
            """, new { id }, transaction, cancellationToken: cancellationToken));

    /// <summary>The latest completed round that covered the pair's field, if any.</summary>
    internal static Task<long?> LatestRoundAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT max(id) FROM rounds WHERE call_year = @CallYear AND status = 'completed'
              AND (creative_field IS NULL OR creative_field = @CreativeField)
            """, new { pair.CallYear, pair.CreativeField }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Every row of the pair moves together, so a pair carried into a later round keeps one state. A review is stored as the
    /// coordinator's decision (an approval starts the offer's clock); anything else as the mentor city's response.
    /// </summary>
    internal static Task SetStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, ProposalTransition transition, string actor,
        DateTimeOffset now, string? note, DateTimeOffset offerExpiresAt, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(transition.Action == ProposalAction.Undo
            ? """
              UPDATE proposals SET status = @to, decided_by = NULL, decided_at = NULL, offer_expires_at = NULL,
                  note = coalesce(@note, note)
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """
            : transition.IsReview
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
                to = transition.To, from = transition.From, actor, now, note, pair.CallYear, pair.ApplicantId, pair.MentorId,
                expires = offerExpiresAt,
            }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The places the mentor has left for the pair's applicant: its capacity less the other applicants it is already held for,
    /// by an approved or established pair of the call or a proposal of the same round.
    /// </summary>
    internal static Task<int> RoomAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, string mentorId,
        CancellationToken cancellationToken) =>
        RoomAsync(connection, transaction, pair.CallYear, pair.RoundId, pair.ApplicantId, mentorId, cancellationToken);

    /// <inheritdoc cref="RoomAsync(NpgsqlConnection, NpgsqlTransaction, LockedProposal, string, CancellationToken)"/>
    internal static Task<int> RoomAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int callYear, long roundId, string applicantId, string mentorId,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT m.capacity - (
                SELECT count(DISTINCT p.applicant_id) FROM proposals p
                WHERE p.call_year = m.call_year AND p.mentor_id = m.id AND p.applicant_id <> @applicantId
                  AND (p.status IN ('approved', 'established') OR (p.status = 'proposed' AND p.round_id = @roundId)))
            FROM mentor_offers m WHERE m.call_year = @callYear AND m.id = @mentorId
            """, new { applicantId, roundId, callYear, mentorId }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The coordinator's chosen alternative, approved at once in the pair's round; a row the round already has for that pair is
    /// approved in place, as a round holds one row per pair. Returns the approved proposal's id.
    /// </summary>
    internal static Task<long> ApproveAlternativeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, Alternative alternative, string actor,
        DateTimeOffset now, string? note, DateTimeOffset offerExpiresAt, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                   alternatives, status, decided_by, decided_at, note, offer_expires_at)
            VALUES (@RoundId, @CallYear, @ApplicantId, @mentorId, @CreativeField, @Score, @Similarity,
                    CAST(@explanation AS jsonb), '[]', 'approved', @actor, @now, @note, @expires)
            ON CONFLICT (round_id, applicant_id, mentor_id) DO UPDATE SET status = 'approved', decided_by = excluded.decided_by,
                decided_at = excluded.decided_at, note = excluded.note, offer_expires_at = excluded.offer_expires_at
            RETURNING id
            """, new
        {
            pair.RoundId, pair.CallYear, pair.ApplicantId, mentorId = alternative.MentorId, pair.CreativeField, alternative.Score,
            alternative.Similarity,
            explanation = JsonSerializer.Serialize(new { chosen_by_coordinator = true, replaces = pair.MentorId }, JsonDefaults.Options),
            actor, now, note, expires = offerExpiresAt,
        }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// After a reject, the applicant's next best mentor (the first of the engine's remaining alternatives with room, and not
    /// already a pair of the round) is proposed in the same round, for the coordinator to review; its own alternatives are the
    /// ones after it, so a second reject goes on down the list. Null when no alternative is left.
    /// </summary>
    internal static async Task<long?> ProposeNextBestAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, CancellationToken cancellationToken)
    {
        var alternatives = pair.AlternativeList();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var alternative = alternatives[i];
            if (await RoomAsync(connection, transaction, pair, alternative.MentorId, cancellationToken) <= 0)
            {
                continue;
            }

            var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                       alternatives, status)
                VALUES (@RoundId, @CallYear, @ApplicantId, @mentorId, @CreativeField, @Score, @Similarity,
                        CAST(@explanation AS jsonb), CAST(@rest AS jsonb), 'proposed')
                ON CONFLICT (round_id, applicant_id, mentor_id) DO NOTHING
                RETURNING id
                """, new
            {
                pair.RoundId, pair.CallYear, pair.ApplicantId, mentorId = alternative.MentorId, pair.CreativeField, alternative.Score,
                alternative.Similarity,
                explanation = JsonSerializer.Serialize(new { next_best_after_reject = true, replaces = pair.MentorId }, JsonDefaults.Options),
                rest = JsonSerializer.Serialize(alternatives.Skip(i + 1), JsonDefaults.Options),
            }, transaction, cancellationToken: cancellationToken));
            if (id is not null)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The pair's applicant city as imported (its id if the profile is gone), for the notices about the pair.</summary>
    internal static async Task<string> ApplicantCityAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT city FROM applicants WHERE call_year = @CallYear AND id = @ApplicantId", new { pair.CallYear, pair.ApplicantId },
            transaction, cancellationToken: cancellationToken)) ?? pair.ApplicantId;
}
