namespace Matchmaking.Core.Rounds;

/// <summary>An applicant a round left unmatched, or a mentor offer it did not admit, with the engine's reasons.</summary>
public sealed record RoundLeftOver(string Id, string? City, string? CountryCode, string? Field, IReadOnlyList<string> Reasons);
