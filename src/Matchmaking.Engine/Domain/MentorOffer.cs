namespace Matchmaking.Engine.Domain;

/// <summary>A member city's offer to mentor applicants of its creative field.</summary>
public sealed record MentorOffer
{
    public required string Id { get; init; }
    public required string City { get; init; }
    public required string CountryCode { get; init; }
    public required CreativeField Field { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public required int Capacity { get; init; }
    /// <summary>What the mentor can offer, in its own words.</summary>
    public required string Expertise { get; init; }
    public IReadOnlyList<SupportForm> SupportForms { get; init; } = [];
    public int? MemberSince { get; init; }
    /// <summary>Where notices for the city go (not used for pairing).</summary>
    public string? ContactEmail { get; init; }
}
