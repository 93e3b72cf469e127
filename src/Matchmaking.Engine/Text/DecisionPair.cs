namespace Matchmaking.Engine.Text;

/// <summary>
/// A coordinator's decision as a labelled pair: the applicant's texts, the offer's, and whether the pair was right (approved,
/// accepted, made or picked by hand) or wrong (rejected, declined, replaced by hand).
/// </summary>
public sealed record DecisionPair
{
    public required string ApplicantNeeds { get; init; }
    public string ApplicantProfile { get; init; } = "";
    public required string OfferExpertise { get; init; }
    public required bool Right { get; init; }
    public required int CallYear { get; init; }
    public required string ApplicantId { get; init; }
    public string MentorId { get; init; } = "";
}
