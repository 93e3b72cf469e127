namespace Matchmaking.Engine.Domain;

/// <summary>An applicant city from Africa or the Arab States that asks for a mentor.</summary>
public sealed record ApplicantProfile
{
    public required string Id { get; init; }
    public required string City { get; init; }
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string CountryCode { get; init; }
    public required CreativeField Field { get; init; }
    /// <summary>ISO 639-1 codes, lower case.</summary>
    public required IReadOnlyList<string> Languages { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }
    /// <summary>What the applicant needs from a mentor, in its own words.</summary>
    public required string Needs { get; init; }
    public string Profile { get; init; } = "";
    /// <summary>Years of earlier unsuccessful applications.</summary>
    public IReadOnlyList<int> PreviousCalls { get; init; } = [];
    /// <summary>Where notices for the city go (not used for pairing).</summary>
    public string? ContactEmail { get; init; }
}
