namespace Matchmaking.Engine.Text;

/// <summary>
/// How one model does on the sets a candidate is judged on. Held-out decisions: each right pair against each wrong pair of the
/// same applicant, a hit when the right one scores higher (a tie is a miss). Development call: P@1 and MRR of each applicant's
/// acceptable offers among the offers of its field. A figure is null when its set is empty.
/// </summary>
public sealed record DecisionEvaluation
{
    public required string ModelVersion { get; init; }
    public required IReadOnlyList<double> GroupWeights { get; init; }
    /// <summary>Right-against-wrong comparisons of the held-out decisions.</summary>
    public required int Comparisons { get; init; }
    public double? PairwiseAccuracy { get; init; }
    public required int DevelopmentQueries { get; init; }
    public double? DevelopmentPrecisionAt1 { get; init; }
    public double? DevelopmentMeanReciprocalRank { get; init; }
}
