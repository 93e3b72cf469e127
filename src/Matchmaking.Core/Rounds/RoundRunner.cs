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
    NpgsqlDataSource dataSource, RoundInputs inputs, TextModelProvider models,
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
            var result = await ComputeAsync(year, field, decisions, cancellationToken);
            if (await StoreAsync(roundId, runBy, year, field, claim.ReofferApplicantId, decisions, result, cancellationToken))
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
        int year, CreativeField? field, IReadOnlyList<Decision> decisions, CancellationToken cancellationToken)
    {
        var request = await inputs.LoadAsync(year,
            decisions.Where(d => ProposalStatus.Fixed.Contains(d.Status)).Select(d => new PairKey(d.ApplicantId, d.MentorId)).ToList(),
            decisions.Where(d => ProposalStatus.Forbidden.Contains(d.Status)).Select(d => new PairKey(d.ApplicantId, d.MentorId)).ToList(),
            cancellationToken);
        var result = PairingEngine.Run(request, models.Model, cancellationToken);
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
                   offer_expires_at, responded_by, responded_at, response_note
            FROM proposals WHERE call_year = @year
            ORDER BY applicant_id, mentor_id, round_id DESC
            """, new { year }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>False, storing nothing, when another run has already finished the round.</summary>
    private async Task<bool> StoreAsync(
        long roundId, string runBy, int year, CreativeField? field, string? reofferApplicantId, IReadOnlyList<Decision> decisions, PairingResult result,
        CancellationToken cancellationToken)
    {
        var fixedPairs = decisions
            .Where(d => ProposalStatus.Fixed.Contains(d.Status))
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
                                       response_note)
                VALUES (@roundId, @year, @ApplicantId, @MentorId, @Field, @Score, @Similarity, CAST(@Explanation AS jsonb),
                        CAST(@Alternatives AS jsonb), @Status, @DecidedBy, @DecidedAt, @Note, @OfferExpiresAt, @RespondedBy,
                        @RespondedAt, @ResponseNote)
                """, new
            {
                roundId, year, pair.ApplicantId, pair.MentorId, Field = Engine.Domain.CreativeFields.DisplayName(pair.Field),
                pair.Score, pair.Similarity,
                Explanation = JsonSerializer.Serialize(pair.Explanation, JsonDefaults.Options),
                Alternatives = JsonSerializer.Serialize(pair.Alternatives, JsonDefaults.Options),
                Status = kept?.Status ?? ProposalStatus.Proposed,
                kept?.DecidedBy, kept?.DecidedAt, kept?.Note, kept?.OfferExpiresAt, kept?.RespondedBy, kept?.RespondedAt, kept?.ResponseNote,
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

        var reoffered = reofferApplicantId is null
            ? []
            : await ReofferAsync(connection, transaction, roundId, year, reofferApplicantId, now, cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE rounds SET status = 'completed', completed_at = @now, run_by = @runBy, model_version = @ModelVersion,
                applicants_total = @applicantsTotal, mentors_total = @mentorsTotal, proposals_count = @proposals,
                unmatched_count = @unmatched, rejected_mentors = @rejectedMentors, feasibility = CAST(@feasibility AS jsonb)
            WHERE id = @roundId
            """, new
        {
            roundId, runBy, now, result.ModelVersion,
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
    /// The applicant whose mentor declined (or did not answer) is offered its new pair at once, with the approval's
    /// follow-ups, in the round's own transaction; the decision is the system's, on the coordinator's earlier approval.
    /// </summary>
    private async Task<IReadOnlyList<ScheduledFollowUp>> ReofferAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long roundId, int year, string applicantId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var proposal = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition("""
            UPDATE proposals SET status = 'approved', decided_by = 'system:re-offer', decided_at = @now,
                note = 'offered at once: the previous mentor declined or did not answer', offer_expires_at = @expires
            WHERE round_id = @roundId AND applicant_id = @applicantId AND status = 'proposed'
            RETURNING id
            """, new { roundId, applicantId, now, expires = (now + lifecycle.Value.MentorResponseTime).ToUniversalTime() }, transaction,
            cancellationToken: cancellationToken));
        if (proposal is null)
        {
            return [];
        }

        await Audit.AuditLog.WriteAsync(connection, transaction, now, "system:re-offer", ProposalStatus.Approved, "proposal",
            proposal.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), new { round = roundId, applicant = applicantId },
            cancellationToken);
        return await followUps.RecordForApprovalAsync(connection, transaction, proposal.Value, year, now, cancellationToken);
    }

    private sealed class Decision
    {
        public string ApplicantId { get; init; } = "";
        public string MentorId { get; init; } = "";
        public string Status { get; init; } = "";
        public string? DecidedBy { get; init; }
        public DateTime? DecidedAt { get; init; }
        public string? Note { get; init; }
        public DateTime? OfferExpiresAt { get; init; }
        public string? RespondedBy { get; init; }
        public DateTime? RespondedAt { get; init; }
        public string? ResponseNote { get; init; }
    }

    private sealed class Claim
    {
        public int CallYear { get; init; }
        public string? CreativeField { get; init; }
        public string? ReofferApplicantId { get; init; }
    }
}
