using Matchmaking.Engine.Assignment;

namespace Matchmaking.Engine.Tests.Assignment;

public class MaxWeightAssignmentTests
{
    [Fact]
    public void AssignmentMatchesBruteForceOnTwoThousandRandomInstances()
    {
        var random = new Random(20250330);
        for (var instance = 0; instance < 2000; instance++)
        {
            var (applicants, capacities, edges) = RandomInstances.Generate(random);
            var assigned = MaxWeightAssignment.Solve(applicants, capacities, edges);
            var expected = RandomInstances.BruteForce(applicants, capacities, edges);
            Assert.Equal(expected, RandomInstances.Evaluate(assigned, capacities, edges));
        }
    }

    [Fact]
    public void ServingMoreApplicantsBeatsAHigherTotalScore()
    {
        // Greedy would give the single mentor place of m0 to a0 (weight 100) and leave a1 without anyone.
        List<WeightedEdge> edges = [new(0, 0, 100), new(0, 1, 1), new(1, 0, 50)];
        var assigned = MaxWeightAssignment.Solve(2, [1, 1], edges);
        Assert.Equal([1, 0], assigned);
    }

    [Fact]
    public void HigherTotalWinsOverTheGreedyFirstChoice()
    {
        // a0 prefers m0 slightly, a1 needs m0 badly: optimal total puts a1 on m0.
        List<WeightedEdge> edges = [new(0, 0, 60), new(0, 1, 55), new(1, 0, 90), new(1, 1, 10)];
        Assert.Equal([1, 0], MaxWeightAssignment.Solve(2, [1, 1], edges));
    }

    [Fact]
    public void MentorWithoutCapacityGetsNobody() =>
        Assert.Equal([-1], MaxWeightAssignment.Solve(1, [0], [new WeightedEdge(0, 0, 10)]));

    [Fact]
    public void CancelledAssignmentStops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => MaxWeightAssignment.Solve(1, [1], [new WeightedEdge(0, 0, 1)], cancelled.Token));
    }
}
