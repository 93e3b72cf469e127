using Dapper;
using Npgsql;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// The call's two languages, and which one each recipient reads. A person who chose one (<c>users.language</c>) gets it; an
/// applicant or a mentor city gets the first of its languages that is English or French (Oran, "fr;ar", reads French);
/// anyone else English.
/// </summary>
public static class MailLanguage
{
    public const string English = "en";
    public const string French = "fr";

    public static readonly IReadOnlyList<string> All = [English, French];

    public static bool IsKnown(string? code) => code is English or French;

    /// <summary>The first of the languages that is English or French; English when neither is listed.</summary>
    public static string Of(IEnumerable<string> languages) =>
        languages.Select(l => l.ToLowerInvariant()).FirstOrDefault(IsKnown) ?? English;

    /// <summary>The language a recipient reads; for a group, the first of its members' who chose one.</summary>
    internal static async Task<string> OfRecipientAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Recipient recipient, CancellationToken cancellationToken)
    {
        var sql = recipient.Kind switch
        {
            RecipientKind.MentorCity => MentorSql,
            RecipientKind.ApplicantCity => ApplicantSql,
            RecipientKind.FieldCoordinators => CoordinatorSql,
            RecipientKind.Secretariat => SecretariatSql,
            _ => UserSql,
        };
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(sql, new { recipient.Name }, transaction,
            cancellationToken: cancellationToken)) ?? English;
    }

    /// <summary>The first of a language list that is English or French, as SQL: "fr" when French comes before English.</summary>
    private const string FirstOfTwo = "CASE WHEN coalesce(array_position(languages, 'fr'), 1000) < coalesce(array_position(languages, 'en'), 1000) THEN 'fr' ELSE 'en' END";

    private const string MentorSql = $"""
        SELECT coalesce(
            (SELECT language FROM users WHERE role = 'mentor' AND lower(city) = lower(@Name) AND language IS NOT NULL
               AND disabled_at IS NULL ORDER BY id LIMIT 1),
            (SELECT {FirstOfTwo} FROM mentor_offers WHERE lower(city) = lower(@Name) ORDER BY call_year DESC, id LIMIT 1))
        """;

    private const string ApplicantSql = $"""
        SELECT {FirstOfTwo} FROM applicants WHERE lower(city) = lower(@Name) ORDER BY call_year DESC, id LIMIT 1
        """;

    /// <summary>A field's coordinators: the language they chose (the first account's, if they differ).</summary>
    private const string CoordinatorSql = """
        SELECT language FROM users
        WHERE role = 'coordinator' AND creative_field = @Name AND language IS NOT NULL AND disabled_at IS NULL
        ORDER BY id LIMIT 1
        """;

    private const string SecretariatSql = """
        SELECT language FROM users
        WHERE role = 'secretariat' AND language IS NOT NULL AND disabled_at IS NULL
        ORDER BY id LIMIT 1
        """;

    private const string UserSql = "SELECT language FROM users WHERE name = @Name";
}
