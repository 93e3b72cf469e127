using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Rules;

/// <summary>
/// Offers are admissible when well formed and made by a member of their field designated before the call year
/// (a member with no known year counts as designated before). Admissible offers come back sorted by id.
/// </summary>
internal sealed record MentorScreening(IReadOnlyList<MentorOffer> Admissible, IReadOnlyDictionary<string, string> Rejected)
{
    public static bool IsValidRecord(MentorOffer offer) =>
        RecordChecks.IsText(offer.Id)
        && RecordChecks.IsText(offer.City)
        && RecordChecks.IsCountryCode(offer.CountryCode)
        && RecordChecks.IsField(offer.Field)
        && RecordChecks.AreLanguages(offer.Languages)
        && offer.Capacity >= 1
        && RecordChecks.IsText(offer.Expertise);

    public static HashSet<string> MembershipKeys(IEnumerable<MemberCity> members, int callYear) => members
        .Where(m => m is not null && (m.YearDesignated is null || m.YearDesignated < callYear))
        .Select(m => MemberKey(m.City, m.CountryCode, m.Field))
        .ToHashSet(StringComparer.Ordinal);

    public static string MemberKey(string city, string countryCode, CreativeField field) =>
        $"{TextNormalizer.NameKey(city)}|{countryCode?.ToUpperInvariant()}|{field}";

    public static MentorScreening Run(PairingRequest request)
    {
        var members = MembershipKeys(request.Members, request.Call.Year);
        var duplicates = request.Mentors.Where(m => m?.Id is not null).GroupBy(m => m.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var admissible = new List<MentorOffer>();
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var offer in request.Mentors)
        {
            if (offer is null)
            {
                continue;
            }

            var reason = !IsValidRecord(offer) || duplicates.Contains(offer.Id) ? ReasonCodes.InvalidRecord
                : !members.Contains(MemberKey(offer.City, offer.CountryCode, offer.Field)) ? ReasonCodes.NotAMemberInField
                : null;
            if (reason is null)
            {
                admissible.Add(offer);
            }
            else if (RecordChecks.IsText(offer.Id))
            {
                rejected.TryAdd(offer.Id, reason);
            }
        }

        admissible.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new MentorScreening(admissible, rejected);
    }
}
