using System.Text.Json;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Proposals;

/// <summary>A proposal as read for the API and the pages, with both cities joined in.</summary>
internal sealed class ProposalRow
{
    public long Id { get; init; }
    public long RoundId { get; init; }
    public int CallYear { get; init; }
    public string ApplicantId { get; init; } = "";
    public string? ApplicantCity { get; init; }
    public string? ApplicantCountry { get; init; }
    public string MentorId { get; init; } = "";
    public string? MentorCity { get; init; }
    public string? MentorCountry { get; init; }
    public string CreativeField { get; init; } = "";
    public double Score { get; init; }
    public double Similarity { get; init; }
    public string Explanation { get; init; } = "{}";
    public string Alternatives { get; init; } = "[]";
    public string Status { get; init; } = "";
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset? OfferExpiresAt { get; init; }
    public string? RespondedBy { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    public string? ResponseNote { get; init; }
    public string Origin { get; init; } = "round";
    public string? ReplacesMentorId { get; init; }
    public string? PlaceTakenBy { get; init; }
    public bool Reoffered { get; init; }
    public long? SupersededBy { get; init; }

    public ProposalView ToView() => new()
    {
        Id = Id,
        RoundId = RoundId,
        CallYear = CallYear,
        Applicant = new CityRef(ApplicantId, ApplicantCity, ApplicantCountry?.Trim()),
        Mentor = new CityRef(MentorId, MentorCity, MentorCountry?.Trim()),
        Field = CreativeFields.Parse(CreativeField),
        Score = Score,
        Similarity = Similarity,
        Explanation = JsonSerializer.Deserialize<JsonElement>(Explanation),
        Alternatives = JsonSerializer.Deserialize<JsonElement>(Alternatives),
        Status = ProposalStatuses.Parse(Status),
        DecidedBy = DecidedBy,
        DecidedAt = DecidedAt,
        Note = Note,
        OfferExpiresAt = OfferExpiresAt,
        RespondedBy = RespondedBy,
        RespondedAt = RespondedAt,
        ResponseNote = ResponseNote,
        Origin = ProposalOrigins.Parse(Origin),
        ReplacesMentorId = ReplacesMentorId,
        PlaceTakenBy = PlaceTakenBy,
        Reoffered = Reoffered,
        SupersededBy = SupersededBy,
    };
}
