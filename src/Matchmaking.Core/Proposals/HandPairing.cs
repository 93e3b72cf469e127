using System.Globalization;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Rounds;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// A coordinator pairs an applicant of its field by hand with any admissible offer of the field, not only the engine's
/// alternatives. The engine scores every offer as a round would (<see cref="PairingEngine.Options"/>); the pair is approved
/// at once in the field's latest round, replacing the applicant's pending proposal, and the mentor city is asked as after
/// any approval. The call's rules still hold: an excluded applicant, an offer without a shared language, a pair rejected or
/// declined before and a mentor without a place left are refused, each with its reason.
/// </summary>
public sealed class HandPairing(
    NpgsqlDataSource dataSource, RoundInputs inputs, TextModelProvider models, ProposalStore store, FollowUpStore followUps,
    FollowUpJobs followUpJobs, IOptions<LifecycleOptions> options, TimeProvider time)
{
    /// <summary>The secretariat and the field's coordinator see the choices; null when the call or the applicant does not exist.</summary>
    public async Task<HandPairChoices?> ChoicesAsync(int year, string applicantId, CancellationToken cancellationToken)
    {
        if (await OptionsAsync(year, applicantId, cancellationToken) is not { } found)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var roundId = await LatestRoundAsync(connection, transaction, year, found.Field, cancellationToken);
        var room = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mentor in found.Mentors)
        {
            room[mentor.MentorId] = roundId is null ? 0
                : await ProposalStore.RoomAsync(connection, transaction, year, roundId.Value, applicantId, mentor.MentorId, cancellationToken);
        }

        var current = await CurrentAsync(connection, transaction, year, applicantId, roundId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new HandPairChoices(found, roundId, room, current);
    }

    /// <param name="forCoordinator">The secretariat acts for an absent coordinator (recorded as such); ignored for others.</param>
    public async Task<DecisionOutcome> PairAsync(
        int year, string applicantId, string? mentorId, CurrentUser actor, string? note, CancellationToken cancellationToken,
        bool forCoordinator = false)
    {
        if (DecisionOutcome.CheckNote(note) is { } invalidNote)
        {
            return invalidNote;
        }

        if (string.IsNullOrWhiteSpace(mentorId) || TextHygiene.Problem(mentorId, freeText: false, 100) is not null)
        {
            return Invalid("mentor_id is required: the id of an offer of the applicant's field.");
        }

        if (await OptionsAsync(year, applicantId, cancellationToken) is not { } found)
        {
            return new DecisionOutcome(DecisionResult.NotFound, Problem: $"Call {year} has no applicant '{applicantId}'.");
        }

        var field = found.Field.DisplayName();
        if (!actor.CanReview(found.Field) && !(forCoordinator && actor.IsSecretariat))
        {
            return new DecisionOutcome(DecisionResult.Forbidden, Problem: $"Only the {field} coordinator pairs {field} applicants by hand.");
        }

        if (found.Excluded is { } excluded)
        {
            return Conflict($"The call's rules exclude {applicantId}: {Words(excluded)}.");
        }

        var option = found.Mentors.FirstOrDefault(m => m.MentorId == mentorId);
        if (option is null)
        {
            return Invalid($"{mentorId} is not an offer of the {field} field in call {year}.");
        }

        var now = time.GetUtcNow();
        long id;
        IReadOnlyList<ScheduledFollowUp> scheduled;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            // The applicant and the offer are locked, so two coordinators' hands cannot fill one place twice.
            await connection.ExecuteAsync(new CommandDefinition("""
                SELECT 1 FROM applicants WHERE call_year = @year AND id = @applicantId FOR UPDATE;
                SELECT 1 FROM mentor_offers WHERE call_year = @year AND id = @mentorId FOR UPDATE;
                """, new { year, applicantId, mentorId }, transaction, cancellationToken: cancellationToken));
            if (await LatestRoundAsync(connection, transaction, year, found.Field, cancellationToken) is not { } roundId)
            {
                return Conflict($"No pairing round has run for {field} in call {year}: run one first.");
            }

            var current = await CurrentAsync(connection, transaction, year, applicantId, roundId, cancellationToken);
            if (current.FirstOrDefault(c => c.Status != ProposalStatus.Proposed) is { } held)
            {
                return Conflict(held.Status == ProposalStatus.Approved
                    ? $"{applicantId} already has an approved pair with {held.MentorId}: undo that approval first."
                    : $"{applicantId} already has an established partnership with {held.MentorId}.");
            }

            // The pair's state is told first: once an applicant is paired, the mentor it had counts as rejected, which is not why.
            if (option.NotAdmissible is { } reason)
            {
                return Conflict($"{mentorId} cannot mentor {applicantId}: {Words(reason)}.");
            }

            if (await ProposalStore.RoomAsync(connection, transaction, year, roundId, applicantId, mentorId, cancellationToken) <= 0)
            {
                return Conflict($"{mentorId} has no place left in this call.");
            }

            var decidedBy = ProposalAccess.DecidedBy(actor, field, forCoordinator);
            var replaces = current.FirstOrDefault(c => c.MentorId != mentorId)?.MentorId;
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE proposals SET status = 'rejected', decided_by = @decidedBy, decided_at = @now, note = @why
                WHERE round_id = @roundId AND applicant_id = @applicantId AND status = 'proposed' AND mentor_id <> @mentorId
                """, new { decidedBy, now, why = note ?? $"paired by hand with {mentorId}", roundId, applicantId, mentorId }, transaction,
                cancellationToken: cancellationToken));
            id = await InsertAsync(connection, transaction, roundId, year, field, found.Mentors, option, replaces, decidedBy, now, note,
                applicantId, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "pair_by_hand", "proposal", id.ToString(CultureInfo.InvariantCulture),
                new
                {
                    applicant = applicantId, mentor = mentorId, option.Score, replaces, note,
                    acting_for = ProposalAccess.ActingFor(actor, field, forCoordinator),
                }, cancellationToken);
            scheduled = await followUps.RecordForApprovalAsync(connection, transaction, id, year, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        return new DecisionOutcome(DecisionResult.Done, await store.GetAsync(id, cancellationToken));
    }

    private async Task<PairOptions?> OptionsAsync(int year, string applicantId, CancellationToken cancellationToken)
    {
        try
        {
            var request = await inputs.LoadAsync(year, cancellationToken);
            return PairingEngine.Options(request, applicantId, models.Model, cancellationToken);
        }
        catch (CallNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The approved pair, in the round's row for it if the round already has one. Its explanation is the engine's, marked as
    /// paired by hand; its alternatives are the field's other admissible offers, best first, as a round would list them.
    /// </summary>
    private async Task<long> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long roundId, int year, string field, IReadOnlyList<MentorOption> all,
        MentorOption chosen, string? replaces, string decidedBy, DateTimeOffset now, string? note, string applicantId,
        CancellationToken cancellationToken)
    {
        var explanation = new
        {
            shared_terms = chosen.SharedTerms,
            rules_passed = new[] { "paired_by_hand" },
            shared_languages = chosen.SharedLanguages,
            best_not_chosen = (NotChosen?)null,
            paired_by_hand = true,
            replaces,
        };
        var alternatives = all.Where(m => m.NotAdmissible is null && m.MentorId != chosen.MentorId).Take(3)
            .Select(m => new Alternative(m.MentorId, m.Score, m.Similarity));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                   alternatives, status, decided_by, decided_at, note, offer_expires_at)
            VALUES (@roundId, @year, @applicantId, @mentorId, @field, @score, @similarity, CAST(@explanation AS jsonb),
                    CAST(@alternatives AS jsonb), 'approved', @decidedBy, @now, @note, @expires)
            ON CONFLICT (round_id, applicant_id, mentor_id) DO UPDATE SET status = 'approved', decided_by = excluded.decided_by,
                decided_at = excluded.decided_at, note = excluded.note, offer_expires_at = excluded.offer_expires_at
            RETURNING id
            """, new
        {
            roundId, year, applicantId, mentorId = chosen.MentorId, field, score = chosen.Score, similarity = chosen.Similarity,
            explanation = JsonSerializer.Serialize(explanation, JsonDefaults.Options),
            alternatives = JsonSerializer.Serialize(alternatives, JsonDefaults.Options),
            decidedBy, now, note, expires = (now + options.Value.MentorResponseTime).ToUniversalTime(),
        }, transaction, cancellationToken: cancellationToken));
    }

    private static Task<long?> LatestRoundAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, CreativeField field, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT max(id) FROM rounds WHERE call_year = @year AND status = 'completed'
              AND (creative_field IS NULL OR creative_field = @field)
            """, new { year, field = field.DisplayName() }, transaction, cancellationToken: cancellationToken));

    /// <summary>The applicant's approved and established pairs of the call, and its proposals in the field's latest round.</summary>
    private static async Task<IReadOnlyList<CurrentPair>> CurrentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, string applicantId, long? roundId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CurrentPair>(new CommandDefinition("""
            SELECT id AS proposal_id, mentor_id, status FROM proposals
            WHERE call_year = @year AND applicant_id = @applicantId
              AND (status IN ('approved', 'established') OR (status = 'proposed' AND round_id = @roundId))
            ORDER BY id
            """, new { year, applicantId, roundId }, transaction, cancellationToken: cancellationToken))).AsList();

    private static DecisionOutcome Invalid(string problem) => new(DecisionResult.Invalid, Problem: problem, Field: "mentor_id");

    private static DecisionOutcome Conflict(string problem) => new(DecisionResult.Conflict, Problem: problem);

    private static string Words(string code) => code.Replace('_', ' ');
}
