namespace Matchmaking.Engine.Assignment;

/// <summary>An admissible applicant–mentor pair with a non-negative integer weight (higher is better).</summary>
internal readonly record struct WeightedEdge(int Applicant, int Mentor, long Weight);
