using System.Globalization;

namespace Matchmaking.Core.FollowUps;

/// <summary>The English counterpart of <see cref="Notifications.FrenchWords"/> for counts: "1 applicant", "2 applicants".</summary>
internal static class EnglishWords
{
    public static string Count(long count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
