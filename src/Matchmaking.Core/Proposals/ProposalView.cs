using System.Text.Json;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Proposals;

public sealed record ProposalView
{
    public required long Id { get; init; }
    public required long RoundId { get; init; }
    public required int CallYear { get; init; }
    public required CityRef Applicant { get; init; }
    public required CityRef Mentor { get; init; }
    public required CreativeField Field { get; init; }
    public required double Score { get; init; }
    public required double Similarity { get; init; }
    public required JsonElement Explanation { get; init; }
    public required JsonElement Alternatives { get; init; }
    /// <summary>proposed, approved, established, rejected, declined or expired.</summary>
    public required string Status { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? Note { get; init; }
    /// <summary>When an approved pairing expires if the mentor city does not answer.</summary>
    public DateTimeOffset? OfferExpiresAt { get; init; }
    public string? RespondedBy { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    public string? ResponseNote { get; init; }
}

public sealed record CityRef(string Id, string? City, string? CountryCode);
