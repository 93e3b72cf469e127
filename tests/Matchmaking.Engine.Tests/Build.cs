using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Engine.Tests;

/// <summary>Small valid records with sensible defaults; each test changes only what it is about.</summary>
internal static class Build
{
    public const int Year = 2025;
    public static readonly CallSchedule Call = CallSchedule.ForYear(Year);
    public static readonly DateTimeOffset OnTime = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static ApplicantProfile Applicant(string id, CreativeField field = CreativeField.Music, string country = "SN",
        string needs = "We need help to organise a music festival and train sound engineers.", params string[] languages) => new()
    {
        Id = id,
        City = $"City {id}",
        CountryCode = country,
        Field = field,
        Languages = languages.Length == 0 ? ["fr", "en"] : languages,
        SubmittedAt = OnTime,
        Needs = needs,
    };

    public static MentorOffer Mentor(string id, CreativeField field = CreativeField.Music, int capacity = 1,
        string expertise = "International music festival with showcases and a music market.", params string[] languages) => new()
    {
        Id = id,
        City = $"Mentor City {id}",
        CountryCode = "FR",
        Field = field,
        Languages = languages.Length == 0 ? ["fr", "en"] : languages,
        Capacity = capacity,
        Expertise = expertise,
    };

    public static MemberCity MemberOf(MentorOffer offer, int? year = 2010) => new()
    {
        City = offer.City,
        Country = "Somewhere",
        CountryCode = offer.CountryCode,
        Field = offer.Field,
        YearDesignated = year,
    };

    public static PairingRequest Request(IReadOnlyList<ApplicantProfile> applicants, IReadOnlyList<MentorOffer> mentors,
        EligibilityMode eligibility = EligibilityMode.Call) => new()
    {
        Call = Call,
        Applicants = applicants,
        Mentors = mentors,
        Members = [.. mentors.Select(m => MemberOf(m))],
        EligibleCountryCodes = new HashSet<string>(["SN", "MA", "EG", "KE", "NG", "TN", "CI", "GH", "DZ", "JO"]),
        Eligibility = eligibility,
    };
}
