using System.Globalization;
using Matchmaking.Core.Audit;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Rounds;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// The pairing lifecycle: coordinators review the proposed pairs of their own field, mentor cities answer the approved
/// ones. Each decision locks the proposal, is checked (<see cref="ProposalAccess"/>, <see cref="ProposalTransitions"/>), applied,
/// audited and followed by its follow-up rows in one transaction; the wake-ups and any re-run of the field come after the commit.
/// </summary>
public sealed class ProposalService(
    NpgsqlDataSource dataSource, ProposalStore store, FollowUpStore followUps, FollowUpJobs followUpJobs, RoundService rounds,
    IOptions<LifecycleOptions> options, TimeProvider time)
{
    public Task<IReadOnlyList<ProposalView>> ListForRoundAsync(long roundId, CancellationToken cancellationToken) =>
        store.ListForRoundAsync(roundId, cancellationToken);

    /// <summary>The current proposals of a call: for each field, those of the latest completed round that covered it.</summary>
    public Task<IReadOnlyList<ProposalView>> ListCurrentAsync(int year, CancellationToken cancellationToken) =>
        store.ListCurrentAsync(year, cancellationToken);

    public Task<ProposalView?> GetAsync(long id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    /// <param name="forCoordinator">The secretariat acts for an absent coordinator (recorded as such); ignored for others.</param>
    public Task<Outcome<Decided>> ApproveAsync(
        long id, CurrentUser actor, string? note, CancellationToken cancellationToken, bool forCoordinator = false) =>
        DecideAsync(id, actor, ProposalAction.Approve, note, cancellationToken, forCoordinator);

    /// <summary>
    /// Rejects a proposed pair, saying why (a note is required); the applicant's next best mentor with room is proposed at
    /// once in the same round.
    /// </summary>
    public Task<Outcome<Decided>> RejectAsync(
        long id, CurrentUser actor, string? note, CancellationToken cancellationToken, bool forCoordinator = false) =>
        DecideAsync(id, actor, ProposalAction.Reject, note, cancellationToken, forCoordinator);

    /// <summary>
    /// The coordinator takes an approval back before the mentor city has answered: the pair is proposed again, its notice and
    /// reminders are skipped, and if the mentor city was already asked, it and the applicant are told the request is withdrawn.
    /// </summary>
    public Task<Outcome<Decided>> UndoApprovalAsync(
        long id, CurrentUser actor, string? note, CancellationToken cancellationToken, bool forCoordinator = false) =>
        DecideAsync(id, actor, ProposalAction.Undo, note, cancellationToken, forCoordinator);

    /// <summary>The mentor city accepts an approved pairing: the partnership is established.</summary>
    public Task<Outcome<Decided>> AcceptAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        DecideAsync(id, actor, ProposalAction.Accept, note, cancellationToken);

    /// <summary>The mentor city declines: its capacity is freed and the field is paired again.</summary>
    public Task<Outcome<Decided>> DeclineAsync(long id, CurrentUser actor, string? note, CancellationToken cancellationToken) =>
        DecideAsync(id, actor, ProposalAction.Decline, note, cancellationToken);

    /// <summary>An approved offer the mentor city did not answer in time; run by the offer-expiry follow-up.</summary>
    internal Task<Outcome<Decided>> ExpireAsync(long id, CancellationToken cancellationToken) =>
        DecideAsync(id, ProposalAccess.Scheduler, ProposalAction.Expire, "no answer from the mentor city in time", cancellationToken);

    /// <summary>
    /// The coordinator picks one of the engine's alternatives instead of the proposed mentor: the proposal is rejected and
    /// the alternative pair is approved in its place, if that mentor still has room.
    /// </summary>
    public async Task<Outcome<Decided>> ReassignAsync(
        long id, string mentorId, CurrentUser actor, string? note, CancellationToken cancellationToken, bool forCoordinator = false)
    {
        if (DecisionNotes.Check(note) is { } invalidNote)
        {
            return invalidNote;
        }

        if (string.IsNullOrWhiteSpace(mentorId) || TextHygiene.Problem(mentorId, freeText: false, 100) is not null)
        {
            return Refusal.Invalid("mentor_id", new Phrase("mentor_id_required_alternative"));
        }

        var now = time.GetUtcNow();
        long newId;
        IReadOnlyList<ScheduledFollowUp> scheduled;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var pair = await ProposalStore.LockAsync(connection, transaction, id, cancellationToken);
            if (pair is null)
            {
                return Refusal.NotFound(new Phrase("proposal_not_found", id));
            }

            var check = ProposalTransitions.Check(ProposalAction.Reassign, ProposalAccess.PartyOf(actor, pair, forCoordinator), pair.State,
                ProposalAccess.Refusal(pair));
            if (check.Refusal is { Kind: RefusalKind.Forbidden } forbidden)
            {
                return forbidden;
            }

            // A reassignment has always reported a superseded proposal before a decided one (the other decisions the other way
            // round); the order is kept so that its answers do not change.
            if (await SupersededAsync(connection, transaction, pair, cancellationToken) is { } superseded)
            {
                return superseded;
            }

            if (check.Refusal is { } conflict)
            {
                return conflict;
            }

            if (pair.AlternativeFor(mentorId) is not { } alternative)
            {
                return Refusal.Invalid("mentor_id", new Phrase("mentor_not_an_alternative", mentorId));
            }

            if (await ProposalStore.RoomAsync(connection, transaction, pair.CallYear, pair.RoundId, pair.ApplicantId, mentorId,
                    cancellationToken) <= 0)
            {
                return Refusal.Conflict(new Phrase("mentor_no_room_in_round", mentorId));
            }

            var decidedBy = ProposalAccess.DecidedBy(actor, pair.CreativeField, forCoordinator);
            await ProposalStore.SetStatusAsync(connection, transaction, pair, check.Transition, decidedBy, now, note, OfferExpiry(now),
                cancellationToken);
            newId = await ProposalStore.AddOrFindAsync(connection, transaction, new NewPair
            {
                RoundId = pair.RoundId, CallYear = pair.CallYear, ApplicantId = pair.ApplicantId, MentorId = alternative.MentorId,
                CreativeField = pair.CreativeField, Score = alternative.Score, Similarity = alternative.Similarity,
                Explanation = new { chosen_by_coordinator = true, replaces = pair.MentorId }, Alternatives = [],
                Origin = ProposalOrigin.Alternative, ReplacesMentorId = pair.MentorId,
            }, cancellationToken);
            var chosen = (await ProposalStore.LockAsync(connection, transaction, newId, cancellationToken))!;
            var approval = ProposalTransitions.Check(ProposalAction.Approve, ProposalParty.FieldCoordinator, chosen.State);
            if (approval.Refusal is { } taken)
            {
                return taken;
            }

            scheduled = await ProposalStore.ApproveAsync(connection, transaction, followUps, chosen, approval.Transition, decidedBy, now,
                note, OfferExpiry(now), cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "reassign", "proposal", Id(id),
                new { from = pair.MentorId, to = mentorId, new_proposal = newId, note, acting_for = ProposalAccess.ActingFor(actor, pair.CreativeField, forCoordinator) },
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        return new Decided((await store.GetAsync(newId, cancellationToken))!);
    }

    private async Task<Outcome<Decided>> DecideAsync(
        long id, CurrentUser actor, ProposalAction action, string? note, CancellationToken cancellationToken, bool forCoordinator = false)
    {
        if (DecisionNotes.Check(note, required: action == ProposalAction.Reject) is { } invalidNote)
        {
            return invalidNote;
        }

        var now = time.GetUtcNow();
        LockedProposal pair;
        ProposalTransition transition;
        IReadOnlyList<ScheduledFollowUp> scheduled;
        long? next = null;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (await ProposalStore.LockAsync(connection, transaction, id, cancellationToken) is not { } locked)
            {
                return Refusal.NotFound(new Phrase("proposal_not_found", id));
            }

            pair = locked;
            var check = ProposalTransitions.Check(action, ProposalAccess.PartyOf(actor, pair, forCoordinator), pair.State,
                ProposalAccess.Refusal(pair));
            if (check.Refusal is { } refusal)
            {
                return refusal;
            }

            transition = check.Transition;
            if (transition.ByCoordinator && await SupersededAsync(connection, transaction, pair, cancellationToken) is { } superseded)
            {
                return superseded;
            }

            var decidedBy = ProposalAccess.DecidedBy(actor, pair.CreativeField, forCoordinator);
            scheduled = transition.To switch
            {
                ProposalStatus.Approved => await ProposalStore.ApproveAsync(connection, transaction, followUps, pair, transition, decidedBy,
                    now, note, OfferExpiry(now), cancellationToken),
                ProposalStatus.Established => await SetStatusThenAsync(() =>
                    followUps.RecordForEstablishedAsync(connection, transaction, id, pair.CallYear, now, cancellationToken)),
                _ => await SetStatusThenAsync(() => Task.FromResult<IReadOnlyList<ScheduledFollowUp>>([])),
            };

            async Task<IReadOnlyList<ScheduledFollowUp>> SetStatusThenAsync(Func<Task<IReadOnlyList<ScheduledFollowUp>>> then)
            {
                await ProposalStore.SetStatusAsync(connection, transaction, pair, transition, decidedBy, now, note, OfferExpiry(now),
                    cancellationToken);
                return await then();
            }

            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, action == ProposalAction.Undo ? "undo_approval" : transition.To.Code(),
                "proposal", Id(id), new
                {
                    from = transition.From.Code(), to = transition.To.Code(), note, applicant = pair.ApplicantId, mentor = pair.MentorId,
                    acting_for = ProposalAccess.ActingFor(actor, pair.CreativeField, forCoordinator),
                }, cancellationToken);
            if (action == ProposalAction.Undo)
            {
                await UndoNotices.WriteAsync(connection, transaction, pair, now, cancellationToken);
                await followUps.SkipOpenRemindersAsync(connection, transaction, pair, "proposed again", now, cancellationToken, alsoNotice: true);
            }

            if (transition.To is ProposalStatus.Established or ProposalStatus.Declined or ProposalStatus.Rejected or ProposalStatus.Expired)
            {
                await followUps.SkipOpenRemindersAsync(connection, transaction, pair, transition.To.Code(), now, cancellationToken);
            }

            if (action == ProposalAction.Reject && options.Value.ProposeNextAfterReject)
            {
                next = await ProposalStore.ProposeNextBestAsync(connection, transaction, pair, cancellationToken);
            }

            if (transition.To == ProposalStatus.Declined)
            {
                await DeclineNotices.WriteAsync(connection, transaction, pair, note, options.Value.ReofferAfterDecline, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await followUpJobs.ScheduleAsync(scheduled, cancellationToken);
        if (transition.FreesMentor)
        {
            // Pair the field again, keeping approved and established pairs; with re-offers on, the applicant's next best
            // mentor is offered at once.
            await rounds.RequestAsync(pair.CallYear, actor, CreativeFields.Parse(pair.CreativeField),
                $"after {action.ToString().ToLowerInvariant()} of proposal {id}", cancellationToken,
                options.Value.ReofferAfterDecline ? pair.ApplicantId : null);
        }

        return new Decided((await store.GetAsync(id, cancellationToken))!,
            next is { } nextId ? await store.GetAsync(nextId, cancellationToken) : null);
    }

    /// <summary>Only the field's current round can be decided on; older proposals were superseded.</summary>
    private static async Task<Refusal?> SupersededAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, CancellationToken cancellationToken) =>
        await ProposalStore.CurrentRoundAsync(connection, transaction, pair.CallYear, pair.CreativeField, cancellationToken) is { } latest
        && latest != pair.RoundId
            ? Refusal.Conflict(new Phrase("proposal_superseded", latest))
            : null;

    private DateTimeOffset OfferExpiry(DateTimeOffset now) => (now + options.Value.MentorResponseTime).ToUniversalTime();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
