using Matchmaking.Core.Learning;
using Matchmaking.Core.Proposals;

namespace Matchmaking.Tests.Learning;

public class DecisionLabelsTests
{
    [Theory]
    [InlineData(ProposalStatus.Approved, ProposalOrigin.Round, true)]
    [InlineData(ProposalStatus.Established, ProposalOrigin.NextBest, true)]
    [InlineData(ProposalStatus.Proposed, ProposalOrigin.ByHand, true)]
    [InlineData(ProposalStatus.Proposed, ProposalOrigin.Alternative, true)]
    [InlineData(ProposalStatus.Rejected, ProposalOrigin.Round, false)]
    [InlineData(ProposalStatus.Declined, ProposalOrigin.ByHand, false)]
    [InlineData(ProposalStatus.Replaced, ProposalOrigin.Round, false)]
    public void ADecidedPairIsARightOrWrongExample(ProposalStatus status, ProposalOrigin origin, bool right) =>
        Assert.Equal(right, DecisionLabels.Of(status, origin));

    [Theory]
    [InlineData(ProposalStatus.Proposed, ProposalOrigin.Round)]
    [InlineData(ProposalStatus.Proposed, ProposalOrigin.NextBest)]
    [InlineData(ProposalStatus.Expired, ProposalOrigin.Round)]
    public void APairNobodyJudgedTeachesNothing(ProposalStatus status, ProposalOrigin origin) =>
        Assert.Null(DecisionLabels.Of(status, origin));

    [Fact]
    public void EveryVerdictHasOneCodeThatReadsBack()
    {
        foreach (var verdict in Enum.GetValues<Matchmaking.Engine.Text.TrainingVerdict>())
        {
            Assert.Equal(verdict, TrainingVerdicts.Parse(verdict.Code()));
        }
    }
}
