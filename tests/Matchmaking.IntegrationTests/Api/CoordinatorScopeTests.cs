using System.Net;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>A coordinator's token reads its own field's tasks and closing-report lines, as it does applicants and proposals.</summary>
public sealed class CoordinatorScopeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    private const string FilmApplicant =
        "app-nairobi,Nairobi,KE,Film,en,2027-03-15T10:00:00+03:00,\"Film commission strategy, location services and film education\",,";

    [Fact]
    public async Task ACoordinatorSeesTheTasksAndReportLinesOfItsOwnFieldOnly()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);
        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants + "\n" + FilmApplicant));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await secretariat.WaitForRoundAsync(start.Headers.Location!);
        var pairs = (await (await secretariat.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray()
            .ToDictionary(p => p.GetProperty("applicant").GetProperty("id").GetString()!, p => p.GetProperty("id").GetInt64());
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{pairs["app-kumasi"]}/approve", new { note = "yes" }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await film.PostJsonAsync($"/api/proposals/{pairs["app-nairobi"]}/approve", new { note = "yes" }));

        var all = await FieldsOfTasksAsync(secretariat);
        Assert.Contains("Music", all);
        Assert.Contains("Film", all);
        Assert.Contains(null, all);
        var musicTasks = await FieldsOfTasksAsync(music);
        Assert.Contains("Music", musicTasks);
        Assert.Contains(null, musicTasks);
        Assert.DoesNotContain("Film", musicTasks);

        var report = await (await music.GetAsync($"/api/calls/{Year}/report")).JsonAsync();
        var lines = report.GetProperty("unmatched").EnumerateArray().Concat(report.GetProperty("established").EnumerateArray())
            .Select(l => l.GetProperty("field").GetString()).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, f => Assert.Equal("Music", f));
        var csv = await (await music.GetAsync($"/api/calls/{Year}/report.csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Nairobi", csv, StringComparison.Ordinal);
        Assert.Contains("Nairobi", await (await secretariat.GetAsync($"/api/calls/{Year}/report.csv")).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    private static async Task<List<string?>> FieldsOfTasksAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/calls/{Year}/follow-ups");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        return (await response.JsonAsync()).EnumerateArray()
            .Select(f => f.TryGetProperty("field", out var field) && field.ValueKind == System.Text.Json.JsonValueKind.String ? field.GetString() : null)
            .Distinct().ToList();
    }
}
