using System.Text.Json;
using Matchmaking.Cli;
using Matchmaking.Core.Matching;

namespace Matchmaking.Tests.Cli;

/// <summary>
/// The development call written by others (ml-models/evaluation/call2021), paired by `matchmaking pair` with the shipped
/// model, the lexicon and the embeddings, and scored as its own score.py scores it: a guard on the figure the model card
/// gives, not a target to tune against.
/// </summary>
public sealed class DevelopmentCallTests : IDisposable
{
    private static readonly string Call = Path.Combine(AppContext.BaseDirectory, "ml-models", "evaluation", "call2021");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("call2021-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task PairGivesTheRightMentorToAtLeast95PercentOfTheDevelopmentCallsApplicantsWithoutBreakingARule()
    {
        await LexiconPackages.EnsureInstalledAsync(_ => { });
        var result = Path.Combine(_folder.FullName, "result.json");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApp.RunAsync(["pair", "--call", "2021", "--applicants", Path.Combine(Call, "applicants.csv"),
            "--mentors", Path.Combine(Call, "mentors.csv"), "--out", result], output, error, CancellationToken.None);

        Assert.True(code == 0, error.ToString());
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Call, "expected.json")));
        using var paired = JsonDocument.Parse(await File.ReadAllTextAsync(result));
        var pairs = paired.RootElement.GetProperty("pairs").EnumerateArray()
            .ToDictionary(p => p.GetProperty("applicant_id").GetString()!, p => p.GetProperty("mentor_id").GetString()!);
        var unmatched = paired.RootElement.GetProperty("unmatched").EnumerateArray()
            .ToDictionary(u => u.GetProperty("applicant_id").GetString()!, u => u.GetProperty("reasons")[0].GetString()!);
        var regular = 0;
        var right = 0;
        foreach (var applicant in expected.RootElement.GetProperty("applicants").EnumerateObject())
        {
            if (applicant.Value.TryGetProperty("acceptable_mentors", out var acceptable))
            {
                regular++;
                right += pairs.TryGetValue(applicant.Name, out var mentor) && acceptable.EnumerateArray().Any(m => m.GetString() == mentor) ? 1 : 0;
            }
            else
            {
                Assert.Equal(applicant.Value.GetProperty("reason").GetString(), unmatched[applicant.Name]);
            }
        }

        Assert.Equal(42, regular);
        Assert.True(right >= 40, $"{right} of {regular} applicants got an acceptable mentor");
    }
}
