using System.Text.Json;
using Matchmaking.Cli;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.Tests.Cli;

/// <summary>`matchmaking pair` runs the whole engine offline, on files, with no database.</summary>
public sealed class PairCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pair-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task PairWritesEveryApplicantOnceInPairsOrUnmatchedWithTheirReasons()
    {
        var applicants = Write("applicants.csv", SampleProfiles.Applicants);
        var mentors = Write("mentors.csv", SampleProfiles.Mentors);
        var result = Path.Combine(_folder.FullName, "result.json");

        var (code, _, error) = await RunAsync("pair", "--call", "2027", "--applicants", applicants, "--mentors", mentors, "--out", result);

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(result));
        var root = document.RootElement;
        Assert.Equal(2027, root.GetProperty("call").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("model").GetString()));
        var paired = root.GetProperty("pairs").EnumerateArray().Select(p => p.GetProperty("applicant_id").GetString()).ToList();
        var unmatched = root.GetProperty("unmatched").EnumerateArray()
            .ToDictionary(u => u.GetProperty("applicant_id").GetString()!, u => u.GetProperty("reasons")[0].GetString());
        Assert.Equal(6, paired.Count + unmatched.Count);
        Assert.Empty(paired.Intersect(unmatched.Keys));
        Assert.Equal("late_submission", unmatched["app-late"]);
        Assert.Equal("region_not_eligible", unmatched["app-brazil"]);
        Assert.Equal("invalid_record", unmatched["app-bad-field"]);
        Assert.Equal("invalid_record", unmatched["app-bad-date"]);
        var rejectedMentors = root.GetProperty("rejected_mentors").EnumerateArray()
            .ToDictionary(m => m.GetProperty("mentor_id").GetString()!, m => m.GetProperty("reasons")[0].GetString());
        Assert.Equal("not_a_member_in_field", rejectedMentors["mentor-notmember"]);
        Assert.Equal("invalid_record", rejectedMentors["mentor-zero"]);
        Assert.Contains(root.GetProperty("invalid_records").EnumerateArray(), r => r.GetProperty("id").GetString() == "app-bad-date"
            && r.GetProperty("errors")[0].GetProperty("field").GetString() == "submitted_at");
        Assert.Equal(7, root.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task EligibilityNoneKeepsLateAndOutOfRegionApplicantsButStillChecksTheField()
    {
        var applicants = Write("applicants.csv", SampleProfiles.Applicants);
        var mentors = Write("mentors.csv", SampleProfiles.Mentors);

        var (code, output, error) = await RunAsync("pair", "--call", "2027", "--applicants", applicants, "--mentors", mentors,
            "--eligibility", "none");

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var paired = document.RootElement.GetProperty("pairs").EnumerateArray()
            .ToDictionary(p => p.GetProperty("applicant_id").GetString()!, p => p.GetProperty("mentor_id").GetString());
        Assert.Equal("mentor-bradford", paired["app-late"]);
        Assert.Contains("app-brazil", paired.Keys.Concat(document.RootElement.GetProperty("unmatched").EnumerateArray()
            .Select(u => u.GetProperty("applicant_id").GetString()!)));
        Assert.DoesNotContain(document.RootElement.GetProperty("unmatched").EnumerateArray(),
            u => u.GetProperty("reasons")[0].GetString() is "late_submission" or "region_not_eligible");
    }

    [Fact]
    public async Task AnUnreadableFileExitsWithCodeTwoNamingTheFileLineAndColumn()
    {
        var applicants = Write("broken.csv",
            "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls\n" +
            "a,Kumasi,GH,Music,en,2027-03-01T10:00:00+00:00,\"unterminated,,\n");
        var mentors = Write("mentors.csv", SampleProfiles.Mentors);

        var (code, _, error) = await RunAsync("pair", "--call", "2027", "--applicants", applicants, "--mentors", mentors);

        Assert.Equal(2, code);
        Assert.Contains("broken.csv", error, StringComparison.Ordinal);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
        Assert.Contains("column", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
