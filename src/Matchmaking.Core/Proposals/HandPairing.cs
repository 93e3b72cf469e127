using System.Globalization;
using Dapper;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Outcomes;
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
    NpgsqlDataSource dataSource, RoundInputs inputs, TextModelProvider models, Embeddings.EmbeddingStore embeddings, ProposalStore store,
    FollowUpStore followUps, FollowUpJobs followUpJobs, IOptions<LifecycleOptions> options, TimeProvider time)
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
        var roundId = await ProposalStore.CurrentRoundAsync(connection, transaction, year, found.Field.DisplayName(), cancellationToken);
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
    public async Task<Outcome<Decided>> PairAsync(
        int year, string applicantId, string? mentorId, CurrentUser actor, string? note, CancellationToken cancellationToken,
        bool forCoordinator = false)
    {
        if (DecisionNotes.Check(note) is { } invalidNote)
        {
            return invalidNote;
        }

        if (string.IsNullOrWhiteSpace(mentorId) || TextHygiene.Problem(mentorId, freeText: false, 100) is not null)
        {
            return Refusal.Invalid("mentor_id", new Phrase("mentor_id_required_offer"));
        }

        if (await OptionsAsync(year, applicantId, cancellationToken) is not { } found)
        {
            return Refusal.NotFound(new Phrase("applicant_not_found", year, applicantId));
        }

        var field = found.Field.DisplayName();
        if (!actor.CanReview(found.Field) && !(forCoordinator && actor.IsSecretariat))
        {
            return Refusal.Forbidden(new Phrase("hand_pair_not_your_field", found.Field));
        }

        if (found.Excluded is { } excluded)
        {
            return Refusal.Conflict(new Phrase("applicant_excluded", applicantId, new CodeWord(excluded)));
        }

        var option = found.Mentors.FirstOrDefault(m => m.MentorId == mentorId);
        if (option is null)
        {
            return Refusal.Invalid("mentor_id", new Phrase("mentor_not_an_offer_of_field", mentorId, found.Field, year));
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
            if (await ProposalStore.CurrentRoundAsync(connection, transaction, year, field, cancellationToken) is not { } roundId)
            {
                return Refusal.Conflict(new Phrase("no_round_for_field", found.Field, year));
            }

            var current = await CurrentAsync(connection, transaction, year, applicantId, roundId, cancellationToken);
            if (current.FirstOrDefault(c => c.Status != ProposalStatus.Proposed) is { } held)
            {
                return Refusal.Conflict(held.Status == ProposalStatus.Approved
                    ? new Phrase("applicant_already_approved", applicantId, held.MentorId)
                    : new Phrase("applicant_already_established", applicantId, held.MentorId));
            }

            // The pair's state is told first: once an applicant is paired, the mentor it had counts as rejected, which is not why.
            if (option.NotAdmissible is { } reason)
            {
                return Refusal.Conflict(new Phrase("mentor_cannot_mentor", mentorId, applicantId, new CodeWord(reason)));
            }

            if (await ProposalStore.RoomAsync(connection, transaction, year, roundId, applicantId, mentorId, cancellationToken) <= 0)
            {
                return Refusal.Conflict(new Phrase("mentor_no_place_left", mentorId));
            }

            var decidedBy = ProposalAccess.DecidedBy(actor, field, forCoordinator);
            var replaced = current.Where(c => c.MentorId != mentorId).ToList();
            // The pending proposals are replaced, not rejected: the coordinator chose another mentor, it did not refuse this one.
            // The hand's note is the new pair's, not theirs.
            foreach (var pending in replaced)
            {
                var old = (await ProposalStore.LockAsync(connection, transaction, pending.ProposalId, cancellationToken))!;
                var replace = ProposalTransitions.Check(ProposalAction.Replace, ProposalParty.FieldCoordinator, old.State);
                if (replace.Allowed)
                {
                    await ProposalStore.SetStatusAsync(connection, transaction, old, replace.Transition, decidedBy, now, null, OfferExpiry(now),
                        cancellationToken);
                }
            }

            var replaces = replaced.FirstOrDefault()?.MentorId;
            id = await ProposalStore.AddOrFindAsync(connection, transaction, new NewPair
            {
                RoundId = roundId, CallYear = year, ApplicantId = applicantId, MentorId = option.MentorId, CreativeField = field,
                Score = option.Score, Similarity = option.Similarity, Explanation = Explanation(option, replaces),
                Alternatives = found.Mentors.Where(m => m.NotAdmissible is null && m.MentorId != option.MentorId).Take(3)
                    .Select(m => new Alternative(m.MentorId, m.Score, m.Similarity)).ToList(),
                Origin = ProposalOrigin.ByHand, ReplacesMentorId = replaces,
            }, cancellationToken);
            var chosen = (await ProposalStore.LockAsync(connection, transaction, id, cancellationToken))!;
            var approval = ProposalTransitions.Check(ProposalAction.Approve, ProposalParty.FieldCoordinator, chosen.State);
            if (approval.Refusal is { } refusal)
            {
                return refusal;
            }

            scheduled = await ProposalStore.ApproveAsync(connection, transaction, followUps, chosen, approval.Transition, decidedBy, now, note,
                OfferExpiry(now), cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "pair_by_hand", "proposal", id.ToString(CultureInfo.InvariantCulture),
                new
                {
                    applicant = applicantId, mentor = mentorId, option.Score, replaces, note,
                    acting_for = ProposalAccess.ActingFor(actor, field, forCoordinator),
                }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        return new Decided((await store.GetAsync(id, cancellationToken))!);
    }

    private async Task<PairOptions?> OptionsAsync(int year, string applicantId, CancellationToken cancellationToken)
    {
        try
        {
            var model = await models.CurrentAsync(cancellationToken);
            var request = await embeddings.WithEmbeddingsAsync(await inputs.LoadAsync(year, cancellationToken), model.Model, cancellationToken);
            return PairingEngine.Options(request, applicantId, model.Model, cancellationToken);
        }
        catch (CallNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The engine's explanation of the chosen offer, marked as paired by hand.</summary>
    private static object Explanation(MentorOption chosen, string? replaces) => new
    {
        shared_terms = chosen.SharedTerms,
        rules_passed = new[] { "paired_by_hand" },
        shared_languages = chosen.SharedLanguages,
        best_not_chosen = (NotChosen?)null,
        paired_by_hand = true,
        replaces,
    };

    private DateTimeOffset OfferExpiry(DateTimeOffset now) => (now + options.Value.MentorResponseTime).ToUniversalTime();

    /// <summary>The applicant's pairs that hold a mentor's place (<c>holds_place</c>): approved, established, or proposed in the field's current round.</summary>
    private static async Task<IReadOnlyList<CurrentPair>> CurrentAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int year, string applicantId, long? roundId,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<CurrentPairRow>(new CommandDefinition("""
            SELECT id AS proposal_id, mentor_id, status FROM proposals
            WHERE call_year = @year AND applicant_id = @applicantId AND holds_place(status, round_id, @roundId)
            ORDER BY id
            """, new { year, applicantId, roundId }, transaction, cancellationToken: cancellationToken)))
        .Select(r => new CurrentPair(r.ProposalId, r.MentorId, ProposalStatuses.Parse(r.Status))).ToList();

    private sealed class CurrentPairRow
    {
        public long ProposalId { get; init; }
        public string MentorId { get; init; } = "";
        public string Status { get; init; } = "";
    }
}
