using Matchmaking.Core.ReferenceData;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Pages.Mentor;

/// <summary>The network's reference data for the signed-in mentor city: the fields it is a member in, and since when.</summary>
internal static class Membership
{
    public static IReadOnlyList<MemberCity> Of(CurrentUser user) => user.City is null
        ? []
        : ReferenceDataSet.Load().Members
            .Where(m => user.ActsForCity(m.City, m.CountryCode))
            .OrderBy(m => m.Field)
            .ToList();

    public static IEnumerable<CreativeField> FieldsOf(CurrentUser user) => Of(user).Select(m => m.Field).Distinct();

    /// <summary>The fields in which the city may still make or change an offer for the call: no round has run for them.</summary>
    public static async Task<IReadOnlySet<CreativeField>> OpenFieldsAsync(
        CurrentUser user, int year, Core.Mentors.MentorStore mentors, CancellationToken cancellationToken)
    {
        var open = new HashSet<CreativeField>();
        foreach (var field in FieldsOf(user))
        {
            if (await mentors.IsOpenForEditsAsync(year, field, cancellationToken))
            {
                open.Add(field);
            }
        }

        return open;
    }
}
