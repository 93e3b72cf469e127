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
    public required ProposalStatus Status { get; init; }
    public ProposalOrigin Origin { get; init; }
    /// <summary>
    /// The mentor this pair replaces: the one the coordinator rejected (next best), passed over (alternative, by hand), or, for a
    /// re-run's proposal, the mentor the applicant's pending proposal named before.
    /// </summary>
    public string? ReplacesMentorId { get; init; }
    /// <summary>For a re-run's change of a pending proposal: the applicant that took the previous mentor's place.</summary>
    public string? PlaceTakenBy { get; init; }
    /// <summary>Approved by the system at once, on the coordinator's earlier approval, after the previous mentor declined.</summary>
    public bool Reoffered { get; init; }
    /// <summary>The field's current round when it is not this proposal's: the proposal can no longer be decided on here.</summary>
    public long? SupersededBy { get; init; }
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
