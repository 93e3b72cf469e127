namespace Matchmaking.Engine.Assignment;

/// <summary>
/// A pair's score is mostly the text similarity: 0.95·similarity + 0.05·(share of the applicant's languages the mentor speaks).
/// The small language term prefers, between equally relevant mentors, the one the whole applicant team can talk to;
/// it can never lift an unrelated mentor above a related one by more than 0.05. Always in [0, 1].
/// </summary>
/// <remarks>
/// The similarity is clamped to [0, 1] here too: an inverted index's sum can dip below 0 (sentence embeddings have negative
/// cosines), and the optimality check must score a pair exactly as the solver did.
/// </remarks>
internal static class ScoreFormula
{
    public const double SimilarityShare = 0.95;
    public const double LanguageShare = 0.05;

    /// <summary>Scores are compared in millionths: differences below that are ties, which keeps the optimum exact in integers.</summary>
    public const long Resolution = 1_000_000;

    public static double Score(double similarity, int sharedLanguages, int applicantLanguages) =>
        Math.Clamp(
            (SimilarityShare * Math.Clamp(similarity, 0, 1)) + (LanguageShare * (applicantLanguages == 0 ? 0 : (double)sharedLanguages / applicantLanguages)),
            0,
            1);

    public static long Quantize(double score) => (long)Math.Round(score * Resolution, MidpointRounding.AwayFromZero);
}
