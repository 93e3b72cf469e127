namespace Matchmaking.Engine.Domain;

/// <summary>A city of the network, from the shipped reference list.</summary>
public sealed record MemberCity
{
    public required string City { get; init; }
    public required string Country { get; init; }
    public required string CountryCode { get; init; }
    public required CreativeField Field { get; init; }
    /// <summary>Null where no source gives the year.</summary>
    public int? YearDesignated { get; init; }
}
