using System.Text;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Tests.Ingestion;

/// <summary>Builds inputs for the readers from text, the way an upload would arrive.</summary>
internal static class Input
{
    public const string ApplicantHeader = "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls";
    public const string MentorHeader = "id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since";

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static Task<ParsedBatch<ApplicantProfile>> ApplicantsCsvAsync(params string[] lines) =>
        ProfileReader.ReadApplicantsAsync(Utf8(string.Join('\n', lines)), ImportFormat.Csv, "applicants.csv", CancellationToken.None);

    public static Task<ParsedBatch<MentorOffer>> MentorsCsvAsync(params string[] lines) =>
        ProfileReader.ReadMentorsAsync(Utf8(string.Join('\n', lines)), ImportFormat.Csv, "mentors.csv", CancellationToken.None);

    public static Task<ParsedBatch<ApplicantProfile>> ApplicantsJsonAsync(string json) =>
        ProfileReader.ReadApplicantsAsync(Utf8(json), ImportFormat.Json, "applicants.json", CancellationToken.None);

    public static Task<ParsedBatch<MentorOffer>> MentorsJsonAsync(string json) =>
        ProfileReader.ReadMentorsAsync(Utf8(json), ImportFormat.Json, "mentors.json", CancellationToken.None);

    /// <summary>The cause reported for <paramref name="field"/> of the only rejected record.</summary>
    public static string CauseOf<T>(ParsedBatch<T> batch, string field)
    {
        var rejected = Assert.Single(batch.Rejected);
        return Assert.Single(rejected.Errors, e => e.Field == field).Cause.InEnglish();
    }
}
