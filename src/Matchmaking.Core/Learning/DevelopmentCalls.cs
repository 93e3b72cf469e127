using System.Text.Json;
using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Text;

namespace Matchmaking.Core.Learning;

/// <summary>
/// The development call written by others (<c>ml-models/evaluation/call2021/</c>, embedded): a candidate model is judged on
/// it beside the current one. Its texts are an evaluation set only: nothing is learned from them.
/// </summary>
public static class DevelopmentCalls
{
    private const string Prefix = "Matchmaking.Core.Learning.call2021.";

    private static readonly Lazy<Task<DevelopmentCall>> Call2021 = new(() => LoadAsync(CancellationToken.None));

    public static Task<DevelopmentCall> Call2021Async() => Call2021.Value;

    private static async Task<DevelopmentCall> LoadAsync(CancellationToken cancellationToken)
    {
        await using var applicantsCsv = Open("applicants.csv");
        await using var mentorsCsv = Open("mentors.csv");
        await using var expectedJson = Open("expected.json");
        var applicants = await ProfileReader.ReadApplicantsAsync(applicantsCsv, ImportFormat.Csv, "call2021/applicants.csv", cancellationToken);
        var mentors = await ProfileReader.ReadMentorsAsync(mentorsCsv, ImportFormat.Csv, "call2021/mentors.csv", cancellationToken);
        using var expected = await JsonDocument.ParseAsync(expectedJson, cancellationToken: cancellationToken);
        var acceptable = expected.RootElement.GetProperty("applicants").EnumerateObject()
            .Where(a => a.Value.TryGetProperty("acceptable_mentors", out _))
            .ToDictionary(a => a.Name, a => a.Value.GetProperty("acceptable_mentors").EnumerateArray().Select(m => m.GetString()!).ToList(),
                StringComparer.Ordinal);
        var rejected = expected.RootElement.TryGetProperty("mentors_rejected", out var r)
            ? r.EnumerateObject().Select(m => m.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        return new DevelopmentCall
        {
            Name = "call2021",
            Queries =
            [
                .. applicants.Accepted.Select(a => a.Record).Where(a => acceptable.ContainsKey(a.Id))
                    .Select(a => new DevelopmentQuery(a.Id, a.Field, a.Needs, a.Profile, acceptable[a.Id])),
            ],
            // The offers a round would admit: the ones the call rejects are no candidates.
            Offers = [.. mentors.Accepted.Select(m => m.Record).Where(m => !rejected.Contains(m.Id)).Select(m => new DevelopmentOffer(m.Id, m.Field, m.Expertise))],
        };
    }

    private static Stream Open(string name) =>
        typeof(DevelopmentCalls).Assembly.GetManifestResourceStream(Prefix + name)
        ?? throw new InvalidOperationException($"This build has no embedded {Prefix}{name}.");
}
