using Matchmaking.Core.Changes;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Pairing;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// The proposals table. Reads open their own connection; the writes of a decision take the caller's transaction, so the
/// change, its audit entry and its follow-up rows commit together. A status changes only through <see cref="SetStatusAsync"/>,
/// with a transition of <see cref="ProposalTransitions"/>; a new pair is added only by <see cref="AddAsync"/>, as proposed.
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
               p.offer_expires_at, p.responded_by, p.responded_at, p.response_note, p.origin, p.replaces_mentor_id, p.place_taken_by,
               p.reoffered, nullif(current_round(p.call_year, p.creative_field), p.round_id) AS superseded_by
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
             WHERE p.call_year = @year AND p.round_id = current_round(p.call_year, p.creative_field)
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

    /// <summary>
    /// The field's current round: the latest completed round that covered it (a round of the whole call, or a re-run of the
    /// field), if any. Only its proposals can be reviewed; the pages and the report read its pairs. The database answers it
    /// (<c>current_round</c>, migration 0014) so that every query asks the same question.
    /// </summary>
    internal static Task<long?> CurrentRoundAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, string field, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT current_round(@year, @field)", new { year, field }, transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// Every row of the pair moves together, so a pair carried into a later round keeps one state. A review is stored as the
    /// decision (an approval starts the offer's clock); anything else as the mentor city's response.
    /// </summary>
    internal static Task SetStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, ProposalTransition transition, string actor,
        DateTimeOffset now, string? note, DateTimeOffset offerExpiresAt, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(transition.Action == ProposalAction.Undo
            ? """
              UPDATE proposals SET status = @to, decided_by = NULL, decided_at = NULL, offer_expires_at = NULL, reoffered = false,
                  note = coalesce(@note, note)
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """
            : transition.IsReview
            ? """
              UPDATE proposals SET status = @to, decided_by = @actor, decided_at = @now, note = @note, offer_expires_at = @expires,
                  reoffered = @reoffered
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """
            : """
              UPDATE proposals SET status = @to, responded_by = @actor, responded_at = @now, response_note = @note
              WHERE call_year = @CallYear AND applicant_id = @ApplicantId AND mentor_id = @MentorId AND status = @from
              """,
            new
            {
                to = transition.To.Code(), from = transition.From.Code(), actor, now, note, pair.CallYear, pair.ApplicantId, pair.MentorId,
                expires = transition.To == ProposalStatus.Approved ? offerExpiresAt : (DateTimeOffset?)null,
                reoffered = transition.Action == ProposalAction.Reoffer,
            }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The one way a pair becomes approved, whoever approves it (the coordinator, the secretariat for one, the coordinator's
    /// pick or hand, the system's re-offer): its transition, then the approval's follow-ups (the mentor city's notice, its
    /// reminders and the offer's expiry), in the caller's transaction.
    /// </summary>
    internal static async Task<IReadOnlyList<ScheduledFollowUp>> ApproveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, FollowUpStore followUps, LockedProposal pair,
        ProposalTransition transition, string actor, DateTimeOffset now, string? note, DateTimeOffset offerExpiresAt,
        CancellationToken cancellationToken)
    {
        if (transition.To != ProposalStatus.Approved)
        {
            throw new ArgumentException($"{transition.Action} does not approve a pair.", nameof(transition));
        }

        await SetStatusAsync(connection, transaction, pair, transition, actor, now, note, offerExpiresAt, cancellationToken);
        return await followUps.RecordForApprovalAsync(connection, transaction, pair.Id, pair.CallYear, now, cancellationToken);
    }

    /// <summary>
    /// The places the mentor has left for the pair's applicant: its capacity less the other applicants it is already held for
    /// (<c>holds_place</c>: an approved or established pair of the call, or a proposal of the field's current round).
    /// </summary>
    internal static Task<int> RoomAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int callYear, long roundId, string applicantId, string mentorId,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<int>(new CommandDefinition("""
            SELECT m.capacity - (
                SELECT count(DISTINCT p.applicant_id) FROM proposals p
                WHERE p.call_year = m.call_year AND p.mentor_id = m.id AND p.applicant_id <> @applicantId
                  AND holds_place(p.status, p.round_id, @roundId))
            FROM mentor_offers m WHERE m.call_year = @callYear AND m.id = @mentorId
            """, new { applicantId, roundId, callYear, mentorId }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Adds a pair to a round as proposed, saying how it came to be; null when the round already has a row for that pair (a
    /// round holds one row per pair).
    /// </summary>
    internal static Task<long?> AddAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NewPair pair, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                   alternatives, status, origin, replaces_mentor_id)
            VALUES (@RoundId, @CallYear, @ApplicantId, @MentorId, @CreativeField, @Score, @Similarity, CAST(@Explanation AS jsonb),
                    CAST(@Alternatives AS jsonb), @status, @origin, @ReplacesMentorId)
            ON CONFLICT (round_id, applicant_id, mentor_id) DO NOTHING
            RETURNING id
            """, new
        {
            pair.RoundId, pair.CallYear, pair.ApplicantId, pair.MentorId, pair.CreativeField, pair.Score, pair.Similarity,
            Explanation = JsonSerializer.Serialize(pair.Explanation, JsonDefaults.Options),
            Alternatives = JsonSerializer.Serialize(pair.Alternatives, JsonDefaults.Options),
            status = ProposalStatus.Proposed.Code(), origin = pair.Origin.Code(), pair.ReplacesMentorId,
        }, transaction, cancellationToken: cancellationToken));

    /// <summary>The round's row for a pair, added as proposed if the round has none.</summary>
    internal static async Task<long> AddOrFindAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, NewPair pair, CancellationToken cancellationToken) =>
        await AddAsync(connection, transaction, pair, cancellationToken)
        ?? await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT id FROM proposals WHERE round_id = @RoundId AND applicant_id = @ApplicantId AND mentor_id = @MentorId
            """, new { pair.RoundId, pair.ApplicantId, pair.MentorId }, transaction, cancellationToken: cancellationToken));

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
            if (await RoomAsync(connection, transaction, pair.CallYear, pair.RoundId, pair.ApplicantId, alternative.MentorId, cancellationToken) <= 0)
            {
                continue;
            }

            var id = await AddAsync(connection, transaction, new NewPair
            {
                RoundId = pair.RoundId, CallYear = pair.CallYear, ApplicantId = pair.ApplicantId, MentorId = alternative.MentorId,
                CreativeField = pair.CreativeField, Score = alternative.Score, Similarity = alternative.Similarity,
                Explanation = new { next_best_after_reject = true, replaces = pair.MentorId },
                Alternatives = alternatives.Skip(i + 1).ToList(), Origin = ProposalOrigin.NextBest, ReplacesMentorId = pair.MentorId,
            }, cancellationToken);
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

/// <summary>A pair to add to a round (see <see cref="ProposalStore.AddAsync"/>).</summary>
internal sealed record NewPair
{
    public required long RoundId { get; init; }
    public required int CallYear { get; init; }
    public required string ApplicantId { get; init; }
    public required string MentorId { get; init; }
    public required string CreativeField { get; init; }
    public required double Score { get; init; }
    public required double Similarity { get; init; }
    /// <summary>Serialized as the <c>explanation</c> jsonb.</summary>
    public required object Explanation { get; init; }
    public required IReadOnlyList<Alternative> Alternatives { get; init; }
    public required ProposalOrigin Origin { get; init; }
    public string? ReplacesMentorId { get; init; }
}
