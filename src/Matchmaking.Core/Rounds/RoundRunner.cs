using System.Text.Json;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Jobs;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Options;
using Matchmaking.Engine.Pairing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.Rounds;

/// <summary>Loads a call's profiles, runs the pure engine, and stores its result in one transaction.</summary>
public sealed class RoundRunner(
    NpgsqlDataSource dataSource, RoundInputs inputs, TextModelProvider models, Embeddings.EmbeddingStore embeddings,
    Hosting.FailureDrills drills, IOptions<LifecycleOptions> lifecycle, FollowUpStore followUps, FollowUpJobs followUpJobs,
    TimeProvider time,
    ILogger<RoundRunner> logger)
{
    /// <summary>
    /// Runs a round once. A round found 'running' is one whose worker died (Hangfire hands its job to another worker once
    /// the heartbeat stops), so it is claimed again and run from the start; a completed or failed round is left alone. The
    /// result is stored by the first run to finish while the round is still running, in one transaction that locks the
    /// round's row and marks it completed, so a round is stored exactly once. (Storing only for the latest claim lost
    /// rounds: when a database restart made Hangfire fetch the job twice, the latest claimant could be the run that was
    /// then aborted, and the run that finished stored nothing.) A run that fails marks the round failed only if no other
    /// run has claimed it since. When the database goes away mid-round the round stays claimed and the job is woken again
    /// once it is back (<see cref="StorageUnavailableException"/>).
    /// </summary>
    public async Task RunAsync(long roundId, string runBy, CancellationToken cancellationToken)
    {
        Claim? claim;
        var token = Guid.NewGuid();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            claim = await connection.QuerySingleOrDefaultAsync<Claim>(new CommandDefinition("""
                UPDATE rounds SET status = 'running', started_at = @now, run_by = @runBy, claim_token = @token
                WHERE id = @roundId AND status IN ('queued', 'running') RETURNING call_year, creative_field, reoffer_applicant_id
                """, new { roundId, now = time.GetUtcNow(), runBy, token }, cancellationToken: cancellationToken));
        }
        catch (Exception e) when (StorageUnavailableException.IsTransient(e))
        {
            throw Interrupted(roundId, e);
        }

        if (claim is null)
        {
            LogMessages.RoundAlreadyFinished(logger, roundId);
            return;
        }

        var year = claim.CallYear;
        var field = CreativeFields.TryParse(claim.CreativeField, out var f) ? f : null;
        LogMessages.RoundStarted(logger, roundId, year);
        await Hosting.FailureDrills.PauseAsync(drills.PauseAfterRoundClaim, time, cancellationToken);

        try
        {
            var decisions = await LoadDecisionsAsync(year, cancellationToken);
            var model = await models.CurrentAsync(cancellationToken);
            var result = await ComputeAsync(year, field, decisions, model, cancellationToken);
            if (await StoreAsync(roundId, runBy, year, field, claim.ReofferApplicantId, decisions, result, model.VersionId, cancellationToken))
            {
                LogMessages.RoundCompleted(logger, roundId, result.Pairs.Count, result.Unmatched.Count);
            }
            else
            {
                LogMessages.RoundFinishedByAnotherRun(logger, roundId);
            }
        }
        catch (Exception e) when (StorageUnavailableException.IsTransient(e))
        {
            throw Interrupted(roundId, e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMessages.RoundFailed(logger, e, roundId);
            await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE rounds SET status = 'failed', completed_at = @now, error = @error WHERE id = @roundId AND status = 'running' AND claim_token = @token",
                new { roundId, token, now = time.GetUtcNow(), error = e.Message }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>The round keeps its claim; Hangfire wakes the job again once the database is back.</summary>
    private StorageUnavailableException Interrupted(long roundId, Exception error)
    {
        LogMessages.RoundInterrupted(logger, error, roundId);
        return new StorageUnavailableException($"Round {roundId}: the database is unreachable ({error.Message}).", error);
    }

    private async Task<PairingResult> ComputeAsync(
        int year, CreativeField? field, IReadOnlyList<Decision> decisions, ActiveTextModel model, CancellationToken cancellationToken)
    {
        var request = await inputs.LoadAsync(year,
            decisions.Where(d => ProposalStatuses.Fixed.Contains(d.State)).Select(d => new PairKey(d.ApplicantId, d.MentorId)).ToList(),
            decisions.Where(d => ProposalStatuses.Forbidden.Contains(d.State)).Select(d => new PairKey(d.ApplicantId, d.MentorId)).ToList(),
            cancellationToken);
        request = await embeddings.WithEmbeddingsAsync(request, model.Model, cancellationToken);
        var result = PairingEngine.Run(request, model.Model, cancellationToken);
        return field is null ? result : OnlyField(result, field.Value, request.Applicants, request.Mentors);
    }

    /// <summary>A field's re-run keeps only that field's part of the result; the other fields' proposals stand.</summary>
    private static PairingResult OnlyField(
        PairingResult result, CreativeField field, IReadOnlyList<ApplicantProfile> allApplicants, IReadOnlyList<MentorOffer> allMentors)
    {
        var applicantsOfField = allApplicants.Where(a => a.Field == field).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var mentorsOfField = allMentors.Where(m => m.Field == field).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return result with
        {
            Pairs = result.Pairs.Where(p => p.Field == field).ToList(),
            Unmatched = result.Unmatched.Where(u => applicantsOfField.Contains(u.ApplicantId)).ToList(),
            RejectedMentors = result.RejectedMentors.Where(m => mentorsOfField.Contains(m.MentorId)).ToList(),
            Fields = result.Fields.Where(f => f.Field == field).ToList(),
        };
    }

    /// <summary>The latest state of every pair proposed in this call: approved pairs stay, rejected ones never come back.</summary>
    private async Task<IReadOnlyList<Decision>> LoadDecisionsAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Decision>(new CommandDefinition("""
            SELECT DISTINCT ON (applicant_id, mentor_id) applicant_id, mentor_id, status, decided_by, decided_at, note,
                   offer_expires_at, responded_by, responded_at, response_note, origin, replaces_mentor_id, reoffered
            FROM proposals WHERE call_year = @year
            ORDER BY applicant_id, mentor_id, round_id DESC
            """, new { year }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>False, storing nothing, when another run has already finished the round.</summary>
    private async Task<bool> StoreAsync(
        long roundId, string runBy, int year, CreativeField? field, string? reofferApplicantId, IReadOnlyList<Decision> decisions, PairingResult result,
        long? modelVersionId, CancellationToken cancellationToken)
    {
        var fixedPairs = decisions
            .Where(d => ProposalStatuses.Fixed.Contains(d.State))
            .ToDictionary(d => (d.ApplicantId, d.MentorId));
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var stillRunning = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition("""
            SELECT status = 'running' FROM rounds WHERE id = @roundId FOR UPDATE
            """, new { roundId }, transaction, cancellationToken: cancellationToken));
        if (stillRunning != true)
        {
            return false;
        }

        foreach (var pair in result.Pairs)
        {
            fixedPairs.TryGetValue((pair.ApplicantId, pair.MentorId), out var kept);
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO proposals (round_id, call_year, applicant_id, mentor_id, creative_field, score, similarity, explanation,
                                       alternatives, status, decided_by, decided_at, note, offer_expires_at, responded_by, responded_at,
                                       response_note, origin, replaces_mentor_id, reoffered)
                VALUES (@roundId, @year, @ApplicantId, @MentorId, @Field, @Score, @Similarity, CAST(@Explanation AS jsonb),
                        CAST(@Alternatives AS jsonb), @Status, @DecidedBy, @DecidedAt, @Note, @OfferExpiresAt, @RespondedBy,
                        @RespondedAt, @ResponseNote, @Origin, @ReplacesMentorId, @Reoffered)
                """, new
            {
                roundId, year, pair.ApplicantId, pair.MentorId, Field = Engine.Domain.CreativeFields.DisplayName(pair.Field),
                pair.Score, pair.Similarity,
                Explanation = JsonSerializer.Serialize(pair.Explanation, JsonDefaults.Options),
                Alternatives = JsonSerializer.Serialize(pair.Alternatives, JsonDefaults.Options),
                Status = kept?.Status ?? ProposalStatus.Proposed.Code(),
                kept?.DecidedBy, kept?.DecidedAt, kept?.Note, kept?.OfferExpiresAt, kept?.RespondedBy, kept?.RespondedAt, kept?.ResponseNote,
                // A kept pair keeps how it came to be (picked, by hand, re-offered).
                Origin = kept?.Origin ?? ProposalOrigin.Round.Code(), kept?.ReplacesMentorId, Reoffered = kept?.Reoffered ?? false,
            }, transaction, cancellationToken: cancellationToken));
        }

        foreach (var unmatched in result.Unmatched)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO unmatched_applicants (round_id, applicant_id, reasons) VALUES (@roundId, @ApplicantId, @Reasons)",
                new { roundId, unmatched.ApplicantId, Reasons = unmatched.Reasons.ToArray() }, transaction, cancellationToken: cancellationToken));
        }

        foreach (var rejected in result.RejectedMentors)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO rejected_mentors (round_id, mentor_id, reasons) VALUES (@roundId, @MentorId, @Reasons)",
                new { roundId, rejected.MentorId, Reasons = rejected.Reasons.ToArray() }, transaction, cancellationToken: cancellationToken));
        }

        await MarkChangedPendingAsync(connection, transaction, roundId, cancellationToken);
        var reoffered = reofferApplicantId is null
            ? []
            : await ReofferAsync(connection, transaction, roundId, year, reofferApplicantId, now, cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE rounds SET status = 'completed', completed_at = @now, run_by = @runBy, model_version = @ModelVersion,
                model_version_id = @modelVersionId,
                applicants_total = @applicantsTotal, mentors_total = @mentorsTotal, proposals_count = @proposals,
                unmatched_count = @unmatched, rejected_mentors = @rejectedMentors, feasibility = CAST(@feasibility AS jsonb)
            WHERE id = @roundId
            """, new
        {
            roundId, runBy, now, result.ModelVersion, modelVersionId,
            applicantsTotal = result.Pairs.Count + result.Unmatched.Count,
            mentorsTotal = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT count(*) FROM mentor_offers WHERE call_year = @year AND (@field::text IS NULL OR creative_field = @field)",
                new { year, field = field?.DisplayName() }, transaction, cancellationToken: cancellationToken)),
            proposals = result.Pairs.Count,
            unmatched = result.Unmatched.Count,
            rejectedMentors = result.RejectedMentors.Count,
            feasibility = JsonSerializer.Serialize(result.Fields, JsonDefaults.Options),
        }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await followUpJobs.ScheduleAsync(reoffered, cancellationToken);
        return true;
    }

    /// <summary>
    /// A re-run that changes an applicant's pending proposal says so on the new one: the mentor it named before and, when
    /// another applicant of the round now holds that mentor's place (the engine pairs as many applicants as it can before it
    /// keeps pending proposals), that applicant. Runs before the round is marked completed, so <c>current_round</c> is still
    /// the round the coordinator was reviewing.
    /// </summary>
    private static Task<int> MarkChangedPendingAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long roundId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            UPDATE proposals n SET replaces_mentor_id = o.mentor_id, place_taken_by = (
                SELECT t.applicant_id FROM proposals t
                WHERE t.round_id = n.round_id AND t.mentor_id = o.mentor_id AND t.applicant_id <> n.applicant_id
                  AND NOT EXISTS (SELECT 1 FROM proposals w WHERE w.round_id = o.round_id AND w.applicant_id = t.applicant_id
                                    AND w.mentor_id = o.mentor_id)
                ORDER BY t.applicant_id LIMIT 1)
            FROM proposals o
            WHERE n.round_id = @roundId AND n.status = @proposed AND n.origin = @round
              AND o.call_year = n.call_year AND o.applicant_id = n.applicant_id AND o.status = @proposed
              AND o.round_id = current_round(n.call_year, n.creative_field) AND o.mentor_id <> n.mentor_id
              AND NOT EXISTS (SELECT 1 FROM proposals k WHERE k.round_id = o.round_id AND k.applicant_id = n.applicant_id
                                AND k.mentor_id = n.mentor_id)
            """, new { roundId, proposed = ProposalStatus.Proposed.Code(), round = ProposalOrigin.Round.Code() }, transaction,
            cancellationToken: cancellationToken));

    /// <summary>
    /// The applicant whose mentor declined (or did not answer) is offered its new pair at once, with the approval's
    /// follow-ups, in the round's own transaction: the system's approval (<see cref="ProposalAction.Reoffer"/>), on the
    /// coordinator's earlier one, through the same transition and writer as the coordinator's.
    /// </summary>
    private async Task<IReadOnlyList<ScheduledFollowUp>> ReofferAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long roundId, int year, string applicantId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var proposal = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition("""
            SELECT id FROM proposals WHERE round_id = @roundId AND applicant_id = @applicantId AND status = @proposed
            """, new { roundId, applicantId, proposed = ProposalStatus.Proposed.Code() }, transaction, cancellationToken: cancellationToken));
        if (proposal is null || await ProposalStore.LockAsync(connection, transaction, proposal.Value, cancellationToken) is not { } pair)
        {
            return [];
        }

        var check = ProposalTransitions.Check(ProposalAction.Reoffer, ProposalParty.Scheduler, pair.State);
        if (!check.Allowed)
        {
            return [];
        }

        var scheduled = await ProposalStore.ApproveAsync(connection, transaction, followUps, pair, check.Transition, Reoffer, now,
            "offered at once: the previous mentor declined or did not answer", (now + lifecycle.Value.MentorResponseTime).ToUniversalTime(),
            cancellationToken);
        await Audit.AuditLog.WriteAsync(connection, transaction, now, Reoffer, ProposalStatus.Approved.Code(), "proposal",
            proposal.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), new { round = roundId, applicant = applicantId },
            cancellationToken);
        return scheduled;
    }

    /// <summary>Who the proposal and the audit log say decided a re-offer; <c>proposals.reoffered</c> says that it was one.</summary>
    private const string Reoffer = "system:re-offer";

    private sealed class Decision
    {
        public string ApplicantId { get; init; } = "";
        public string MentorId { get; init; } = "";
        public string Status { get; init; } = "";
        public ProposalStatus State => ProposalStatuses.Parse(Status);
        public string? DecidedBy { get; init; }
        public DateTime? DecidedAt { get; init; }
        public string? Note { get; init; }
        public DateTime? OfferExpiresAt { get; init; }
        public string? RespondedBy { get; init; }
        public DateTime? RespondedAt { get; init; }
        public string? ResponseNote { get; init; }
        public string Origin { get; init; } = "round";
        public string? ReplacesMentorId { get; init; }
        public bool Reoffered { get; init; }
    }

    private sealed class Claim
    {
        public int CallYear { get; init; }
        public string? CreativeField { get; init; }
        public string? ReofferApplicantId { get; init; }
    }
}
