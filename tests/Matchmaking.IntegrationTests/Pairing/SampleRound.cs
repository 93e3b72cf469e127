using System.Net;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pairing;

/// <summary>A completed round of the sample profiles: where it is, and each applicant's proposal.</summary>
public sealed record SampleRound(Uri Location, IReadOnlyDictionary<string, long> ProposalOf)
{
    /// <summary>The round's page for the secretariat.</summary>
    public string Page => Location.OriginalString.Replace("/api/rounds/", "/secretariat/rounds/", StringComparison.Ordinal);
}

public static class SampleRounds
{
    /// <summary>Imports <see cref="SampleProfiles"/> into their call, runs a round to its end, and reads its proposals.</summary>
    public static async Task<SampleRound> PairSampleAsync(this HttpClient secretariat)
    {
        var year = SampleProfiles.Year;
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var proposals = (await (await secretariat.GetAsync($"/api/calls/{year}/proposals")).JsonAsync()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("applicant").GetProperty("id").GetString()!, p => p.GetProperty("id").GetInt64());
        return new SampleRound(start.Headers.Location!, proposals);
    }
}
