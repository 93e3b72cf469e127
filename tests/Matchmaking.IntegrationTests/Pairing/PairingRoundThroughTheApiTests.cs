using System.Net;
using Dapper;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pairing;

public sealed class PairingRoundThroughTheApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task SecretariatImportsRunsARoundAndACoordinatorApprovesAPairWhoseFollowUpsAreScheduled()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);

        var applicantImport = await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, applicantImport);
        var applicants = await applicantImport.JsonAsync();
        Assert.Equal(4, applicants.GetProperty("accepted").GetInt32());
        Assert.Equal(2, applicants.GetProperty("rejected").GetInt32());
        var rejected = applicants.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "rejected").ToList();
        Assert.Contains(rejected, r => r.GetProperty("id").GetString() == "app-bad-field"
            && r.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("field").GetString() == "creative_field"));
        Assert.Contains(rejected, r => r.GetProperty("id").GetString() == "app-bad-date"
            && r.GetProperty("errors").EnumerateArray().Any(e => e.GetProperty("field").GetString() == "submitted_at"));

        var mentorImport = await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, mentorImport);
        var mentors = await mentorImport.JsonAsync();
        Assert.Equal(4, mentors.GetProperty("accepted").GetInt32());
        Assert.Equal(1, mentors.GetProperty("rejected").GetInt32());

        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        Assert.NotNull(start.Headers.Location);
        Assert.Matches("^/api/rounds/[0-9]+$", start.Headers.Location!.OriginalString);

        var round = await secretariat.WaitForRoundAsync(start.Headers.Location);
        Assert.Equal("completed", round.GetProperty("status").GetString());

        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        var pairs = proposals.EnumerateArray().ToDictionary(
            p => p.GetProperty("applicant").GetProperty("id").GetString()!, p => p);
        Assert.Equal("mentor-liverpool", pairs["app-kumasi"].GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal("mentor-bologna", pairs["app-oran"].GetProperty("mentor").GetProperty("id").GetString());
        Assert.DoesNotContain("app-late", pairs.Keys);
        Assert.DoesNotContain("app-brazil", pairs.Keys);
        Assert.All(pairs.Values, p =>
        {
            Assert.InRange(p.GetProperty("score").GetDouble(), 0.0, 1.0);
            Assert.InRange(p.GetProperty("similarity").GetDouble(), 0.0, 1.0);
            Assert.Equal("proposed", p.GetProperty("status").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Object, p.GetProperty("explanation").ValueKind);
        });

        var kumasi = pairs["app-kumasi"].GetProperty("id").GetInt64();
        var forbidden = await film.PostJsonAsync($"/api/proposals/{kumasi}/approve", new { note = "not my field" });
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, forbidden);

        var approved = await music.PostJsonAsync($"/api/proposals/{kumasi}/approve", new { note = "good fit" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, approved);
        Assert.Equal("approved", (await approved.JsonAsync()).GetProperty("status").GetString());

        var followUps = await (await secretariat.GetAsync($"/api/calls/{Year}/follow-ups")).JsonAsync();
        var kinds = followUps.EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Contains("notice", kinds);
        Assert.Contains("partnership_reminder", kinds);
        var reminder = followUps.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "partnership_reminder");
        Assert.Equal(new DateTimeOffset(2027, 4, 6, 7, 0, 0, TimeSpan.Zero), reminder.GetProperty("due_at").GetDateTimeOffset());

        // Hangfire holds the reminder's wake-up, due at the reminder's time.
        var job = reminder.GetProperty("job_id").GetString()!;
        Assert.Equal(new DateTimeOffset(2027, 4, 6, 7, 0, 0, TimeSpan.Zero), HangfireJobs.Snapshot(factory.Services, job).EnqueueAt);
    }
}
