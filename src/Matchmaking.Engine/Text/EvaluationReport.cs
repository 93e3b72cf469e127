namespace Matchmaking.Engine.Text;

/// <summary>Ranking quality on a labelled set: each query's right offer ranked among the offers of its field.</summary>
public sealed record EvaluationReport
{
    public required int Queries { get; init; }
    public required int Offers { get; init; }
    public required double PrecisionAt1 { get; init; }
    public required double MeanReciprocalRank { get; init; }
    /// <summary>The same figures for a plain bag of words (lower-cased word counts, cosine), the floor to beat.</summary>
    public required double BaselinePrecisionAt1 { get; init; }
    public required double BaselineMeanReciprocalRank { get; init; }
}
