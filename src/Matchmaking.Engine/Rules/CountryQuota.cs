using Matchmaking.Engine.Domain;

namespace Matchmaking.Engine.Rules;

/// <summary>
/// At most two applicants per country and never two in the same field: taken in order of submission (ties by id),
/// an applicant is excluded when an earlier kept one of its country has its field, or two earlier ones are kept.
/// </summary>
internal static class CountryQuota
{
    public const int PerCountry = 2;

    /// <summary>Returns the ids the quota excludes.</summary>
    public static HashSet<string> Excluded(IEnumerable<ApplicantProfile> remaining)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var kept = new Dictionary<string, List<CreativeField>>(StringComparer.Ordinal);
        foreach (var applicant in remaining.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            var country = RecordChecks.Country(applicant.CountryCode);
            if (!kept.TryGetValue(country, out var fields))
            {
                kept[country] = fields = [];
            }

            if (fields.Count >= PerCountry || fields.Contains(applicant.Field))
            {
                excluded.Add(applicant.Id);
            }
            else
            {
                fields.Add(applicant.Field);
            }
        }

        return excluded;
    }
}
