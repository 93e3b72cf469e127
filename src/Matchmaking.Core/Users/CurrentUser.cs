using Matchmaking.Engine.Domain;

namespace Matchmaking.Core.Users;

/// <summary>Who is acting, and on what they may act. The API and the pages share these checks.</summary>
public sealed record CurrentUser
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required UserRole Role { get; init; }
    /// <summary>The coordinator's creative field.</summary>
    public CreativeField? Field { get; init; }
    /// <summary>The mentor's member city.</summary>
    public string? City { get; init; }
    public string? CountryCode { get; init; }

    public bool IsSecretariat => Role == UserRole.Secretariat;

    public bool CanReview(CreativeField field) => Role == UserRole.Coordinator && Field == field;

    public bool ActsForCity(string city, string countryCode) =>
        Role == UserRole.Mentor
        && City is not null
        && string.Equals(CityNames.Key(City), CityNames.Key(city), StringComparison.Ordinal)
        && (CountryCode is null || string.Equals(CountryCode, countryCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>Audit and notification label, e.g. "coordinator:music-coordinator".</summary>
    public string Label => $"{Role.Code()}:{Name}";
}
