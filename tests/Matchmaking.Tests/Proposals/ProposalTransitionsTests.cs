using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;

namespace Matchmaking.Tests.Proposals;

/// <summary>The lifecycle table on its own: no host, no database.</summary>
public sealed class ProposalTransitionsTests
{
    private static readonly ProposalStatus[] Statuses = Enum.GetValues<ProposalStatus>();

    private static readonly ProposalParty?[] Parties =
        [null, ProposalParty.FieldCoordinator, ProposalParty.MentorCity, ProposalParty.Scheduler];

    /// <summary>The lifecycle as ProposalStatus documents it, written out here rather than read from the code under test.</summary>
    private static readonly Dictionary<ProposalAction, (ProposalParty By, ProposalStatus From, ProposalStatus To)> Expected = new()
    {
        [ProposalAction.Approve] = (ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Approved),
        [ProposalAction.Reject] = (ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Rejected),
        [ProposalAction.Reassign] = (ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Rejected),
        [ProposalAction.Accept] = (ProposalParty.MentorCity, ProposalStatus.Approved, ProposalStatus.Established),
        [ProposalAction.Decline] = (ProposalParty.MentorCity, ProposalStatus.Approved, ProposalStatus.Declined),
        [ProposalAction.Expire] = (ProposalParty.Scheduler, ProposalStatus.Approved, ProposalStatus.Expired),
        [ProposalAction.Undo] = (ProposalParty.FieldCoordinator, ProposalStatus.Approved, ProposalStatus.Proposed),
        [ProposalAction.Replace] = (ProposalParty.FieldCoordinator, ProposalStatus.Proposed, ProposalStatus.Replaced),
        [ProposalAction.Reoffer] = (ProposalParty.Scheduler, ProposalStatus.Proposed, ProposalStatus.Approved),
    };

    [Fact]
    public void EachActionIsTakenByOnePartyFromOneStatusToAnother()
    {
        Assert.Equal(Enum.GetValues<ProposalAction>().Order(), Expected.Keys.Order());
        foreach (var (action, (by, from, to)) in Expected)
        {
            Assert.Equal(new ProposalTransition(action, by, from, to), ProposalTransitions.Of(action));
        }
    }

    [Fact]
    public void AnActionIsAllowedOnlyToItsPartyAndOnlyFromItsStatus()
    {
        foreach (var action in Enum.GetValues<ProposalAction>())
        {
            var (by, from, _) = Expected[action];
            foreach (var party in Parties)
            {
                foreach (var status in Statuses)
                {
                    var check = ProposalTransitions.Check(action, party, status);
                    RefusalKind? expected = party != by ? RefusalKind.Forbidden
                        : status != from ? RefusalKind.Conflict
                        : null;
                    Assert.True(expected == check.Refusal?.Kind, $"{action} by {party?.ToString() ?? "nobody"} on a {status} proposal: {check}");
                    Assert.Equal(expected is null, check.Allowed);
                }
            }
        }
    }

    [Fact]
    public void APairThatIsEstablishedRejectedDeclinedOrExpiredCannotBeMovedByAnyone()
    {
        ProposalStatus[] final = [ProposalStatus.Established, .. ProposalStatuses.Forbidden];
        foreach (var status in final)
        {
            foreach (var action in Enum.GetValues<ProposalAction>())
            {
                foreach (var party in Parties)
                {
                    Assert.False(ProposalTransitions.Check(action, party, status).Allowed, $"{action} by {party} moved a {status} pair");
                }
            }
        }
    }

    [Fact]
    public void AStrangerIsRefusedWithoutBeingToldThePairsStatus()
    {
        var check = ProposalTransitions.Check(ProposalAction.Accept, ProposalParty.FieldCoordinator, ProposalStatus.Proposed);

        Assert.Equal(RefusalKind.Forbidden, check.Refusal?.Kind);
        Assert.DoesNotContain(check.Refusal!.Reason.Args, a => a is ProposalStatus);
    }

    [Fact]
    public void AMentorCityCannotAnswerAPairStillUnderReview()
    {
        var check = ProposalTransitions.Check(ProposalAction.Decline, ProposalParty.MentorCity, ProposalStatus.Proposed);

        Assert.Equal(RefusalKind.Conflict, check.Refusal?.Kind);
        Assert.Equal(new Phrase("proposal_not_in_state", ProposalStatus.Proposed, ProposalStatus.Approved, ProposalStatus.Declined).ToString(),
            check.Refusal!.Reason.ToString());
    }

    [Fact]
    public void ACoordinatorCannotReviewAPairTwice()
    {
        var check = ProposalTransitions.Check(ProposalAction.Reject, ProposalParty.FieldCoordinator, ProposalStatus.Approved);

        Assert.Equal(RefusalKind.Conflict, check.Refusal?.Kind);
        Assert.Equal(new Phrase("proposal_not_in_state", ProposalStatus.Approved, ProposalStatus.Proposed, ProposalStatus.Rejected).ToString(),
            check.Refusal!.Reason.ToString());
    }

    [Fact]
    public void AReassignmentOfADecidedProposalSaysWhatItAlreadyIs()
    {
        var check = ProposalTransitions.Check(ProposalAction.Reassign, ProposalParty.FieldCoordinator, ProposalStatus.Established);

        Assert.Equal(RefusalKind.Conflict, check.Refusal?.Kind);
        Assert.Equal(new Phrase("proposal_already", ProposalStatus.Established).ToString(), check.Refusal!.Reason.ToString());
    }

    [Fact]
    public void OnlyADeclineOrAnExpiryFreesTheMentorAndPairsTheFieldAgain()
    {
        var freeing = Enum.GetValues<ProposalAction>().Where(a => ProposalTransitions.Of(a).FreesMentor);

        Assert.Equal([ProposalAction.Decline, ProposalAction.Expire], freeing);
    }

    [Fact]
    public void OnlyTheCoordinatorsReviewsAreRecordedAsDecisionsAndCheckedForASupersedingRound()
    {
        var reviews = Enum.GetValues<ProposalAction>().Where(a => ProposalTransitions.Of(a).IsReview);

        Assert.Equal([ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Reassign, ProposalAction.Replace, ProposalAction.Reoffer],
            reviews);
    }
}
