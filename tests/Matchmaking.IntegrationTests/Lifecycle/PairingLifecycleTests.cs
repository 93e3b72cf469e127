using System.Net;
using System.Text.Json;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

public sealed class PairingLifecycleTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = SampleProfiles.Year;
    private static readonly TimeZoneInfo Paris = CallSchedule.ParisTimeZone();

    [Fact]
    public async Task APairGoesFromImportToEstablishedWithEveryFollowUpAtItsDueTime()
    {
        await host.ResetAsync();
        var (secretariat, music, liverpool) = await SignInAsync();
        var proposal = await ImportAndPairAsync(secretariat, "app-kumasi");
        var approvedAt = host.Clock.GetUtcNow();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{proposal}/approve", new { note = "fits" }));

        var tasks = await FollowUpsAsync(proposal);
        Assert.Equal(approvedAt, tasks[FollowUpKind.Notice].DueAt);
        Assert.Equal(approvedAt + TimeSpan.FromDays(2), tasks[FollowUpKind.MentorReminder].DueAt);
        Assert.Equal(approvedAt + TimeSpan.FromDays(3), tasks[FollowUpKind.OfferExpiry].DueAt);
        Assert.Equal(InParis(Year, 4, 6, 9, 0), tasks[FollowUpKind.PartnershipReminder].DueAt);

        await host.RunAtDueTimeAsync(tasks[FollowUpKind.Notice]);
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.MentorReminder]);
        Assert.Equal(["mentor city Liverpool", "applicant city Kumasi", "mentor city Liverpool"], await RecipientsAsync());

        var accepted = await liverpool.PostJsonAsync($"/api/proposals/{proposal}/accept", new { note = "delighted" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, accepted);
        Assert.Equal("established", (await accepted.JsonAsync()).GetProperty("status").GetString());

        // Once established, the expiry and the partnership reminder are skipped at once (the tasks page no longer offers
        // them), and their wake-ups find nothing to do.
        var settled = await FollowUpsAsync(proposal);
        Assert.Equal(FollowUpState.Skipped, settled[FollowUpKind.OfferExpiry].State);
        Assert.Equal(FollowUpState.Skipped, settled[FollowUpKind.PartnershipReminder].State);
        Assert.Equal("The pair is established; no longer needed.", settled[FollowUpKind.OfferExpiry].Outcome);
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.OfferExpiry]);
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.PartnershipReminder]);
        tasks = await FollowUpsAsync(proposal);
        Assert.Equal(FollowUpState.Skipped, tasks[FollowUpKind.OfferExpiry].State);
        Assert.Equal(FollowUpState.Skipped, tasks[FollowUpKind.PartnershipReminder].State);
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.EstablishedNotice]);
        Assert.Equal(FollowUpState.Done, (await FollowUpsAsync(proposal))[FollowUpKind.EstablishedNotice].State);
        Assert.Contains("coordinator:Music", await RecipientsAsync());

        var report = await (await secretariat.GetAsync($"/api/calls/{Year}/report")).JsonAsync();
        var established = Assert.Single(report.GetProperty("established").EnumerateArray());
        Assert.Equal("app-kumasi", established.GetProperty("applicant_id").GetString());
        Assert.Equal("mentor-liverpool", established.GetProperty("mentor_id").GetString());
        var csv = await (await secretariat.GetAsync($"/api/calls/{Year}/report.csv")).Content.ReadAsStringAsync();
        Assert.Contains("app-kumasi,Kumasi,GH,Music,established,mentor-liverpool,Liverpool,GB", csv, StringComparison.Ordinal);
        Assert.Contains("app-late,Mombasa,KE,Film,unmatched,,,,,late_submission", csv, StringComparison.Ordinal);

        await using var connection = host.Factory.OpenConnection();
        var audit = (await connection.QueryAsync<string>("SELECT action || ' by ' || actor FROM audit_log WHERE entity = 'proposal' ORDER BY id")).AsList();
        Assert.Equal(["approved by coordinator:coordinator-Music", "established by mentor:mentor-Liverpool"], audit);
    }

    [Fact]
    public async Task TheCallsScheduleFlagsLateApplicationsEscalatesAndClosesWithAReport()
    {
        await host.ResetAsync();
        var (secretariat, _, _) = await SignInAsync();
        await ImportAndPairAsync(secretariat, "app-kumasi");

        var schedule = await (await secretariat.GetAsync($"/api/calls/{Year}/schedule")).JsonAsync();
        var tasks = schedule.GetProperty("tasks").EnumerateArray()
            .ToDictionary(t => t.GetProperty("kind").GetString()!, t => t.GetProperty("id").GetInt64());
        var all = (await host.Factory.Services.GetRequiredService<FollowUpStore>().ListAsync(Year, default)).ToDictionary(f => f.Id);
        var lateFlag = all[tasks[FollowUpKind.LateFlag]];
        var escalation = all[tasks[FollowUpKind.Escalation]];
        var close = all[tasks[FollowUpKind.RoundClose]];
        Assert.Equal(InParis(Year, 3, 31, 0, 0), lateFlag.DueAt);
        Assert.Equal(InParis(Year, 4, 7, 9, 0), escalation.DueAt);
        Assert.Equal(InParis(Year, 4, 9, 23, 59), close.DueAt);

        await host.RunAtDueTimeAsync(lateFlag);
        await host.RunAtDueTimeAsync(escalation);
        await host.RunAtDueTimeAsync(close);

        await using var connection = host.Factory.OpenConnection();
        Assert.Equal(["app-late"], (await connection.QueryAsync<string>(
            "SELECT id FROM applicants WHERE flagged_late_at IS NOT NULL ORDER BY id")).AsList());
        var report = JsonSerializer.Deserialize<JsonElement>(
            (await connection.ExecuteScalarAsync<string>("SELECT report::text FROM closing_reports WHERE call_year = @Year", new { Year }))!);
        Assert.Empty(report.GetProperty("established").EnumerateArray());
        var subjects = (await connection.QueryAsync<string>("SELECT recipient || ': ' || subject FROM notifications ORDER BY id")).AsList();
        Assert.Contains("secretariat: 1 application arrived after the 2027 deadline", subjects);
        Assert.Contains(subjects, s => s.StartsWith("coordinator:Music: ", StringComparison.Ordinal));
        Assert.Contains("secretariat: The 2027 pairing round is closed", subjects);

        // A second wake-up of the same task (a duplicate delivery, the job requeued from the dashboard) changes nothing.
        var before = await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications");
        var closeJob = (await host.Factory.Services.GetRequiredService<FollowUpStore>().GetAsync(close.Id, default))!.JobId!;
        HangfireJobs.TriggerNow(host.Factory.Services, closeJob);
        await HangfireJobs.WaitForStateAsync(host.Factory.Services, closeJob, "Succeeded");
        Assert.Equal(before, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications"));
    }

    [Fact]
    public async Task ADeclineFreesTheMentorAndPairsTheFieldAgainWithoutProposingTheDeclinedPair()
    {
        await host.ResetAsync();
        var (secretariat, music, _) = await SignInAsync();
        var proposal = await ImportAndPairAsync(secretariat, "app-kumasi");
        // No body at all: the note is optional.
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostAsync($"/api/proposals/{proposal}/approve", null));
        var bologna = await ApiSession.MentorAsync(host.Factory, "Bologna", "IT");
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await bologna.PostJsonAsync($"/api/proposals/{proposal}/decline", new { }));
        var liverpool = await ApiSession.MentorAsync(host.Factory, "Liverpool", "GB");

        var declined = await liverpool.PostJsonAsync($"/api/proposals/{proposal}/decline", new { note = "no capacity this year" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, declined);

        var rounds = await WaitForRoundsAsync(secretariat, 2);
        var rerun = rounds[0];
        Assert.Equal("Music", rerun.GetProperty("field").GetString());
        var proposals = await (await secretariat.GetAsync($"/api/rounds/{rerun.GetProperty("id").GetInt64()}/proposals")).JsonAsync();
        var kumasi = proposals.EnumerateArray().Where(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi").ToList();
        Assert.DoesNotContain(kumasi, p => p.GetProperty("mentor").GetProperty("id").GetString() == "mentor-liverpool");
        Assert.All(proposals.EnumerateArray(), p => Assert.Equal("Music", p.GetProperty("field").GetString()));

        // The applicant who lost its mentor is offered the next best one at once, with the approval's follow-ups.
        var next = Assert.Single(kumasi);
        Assert.Equal("mentor-bologna", next.GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal("approved", next.GetProperty("status").GetString());
        Assert.Equal("system:re-offer", next.GetProperty("decided_by").GetString());
        var tasks = await FollowUpsAsync(next.GetProperty("id").GetInt64());
        Assert.Contains(FollowUpKind.Notice, tasks.Keys);
        Assert.Contains(FollowUpKind.OfferExpiry, tasks.Keys);
        var oran = proposals.EnumerateArray().Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-oran");
        Assert.Equal("proposed", oran.GetProperty("status").GetString());

        // The coordinator and the applicant are told of the decline (with the mentor's note for the coordinator).
        await using var connection = host.Factory.OpenConnection();
        var declineNotices = (await connection.QueryAsync<(string Recipient, string Body)>(
            "SELECT recipient, body FROM notifications WHERE idempotency_key LIKE @key ORDER BY recipient",
            new { key = $"proposal:{proposal}:declined:%" })).ToList();
        Assert.Equal(["applicant city Kumasi", "coordinator:Music"], declineNotices.Select(n => n.Recipient));
        Assert.Contains("no capacity this year", declineNotices[1].Body, StringComparison.Ordinal);
        Assert.Contains("next best mentor city", declineNotices[0].Body, StringComparison.Ordinal);

        // The re-offer's notice says what happened, not that the coordinator approved the new pair.
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.Notice]);
        var reoffer = (await connection.QueryAsync<string>(
            "SELECT body FROM notifications WHERE idempotency_key LIKE @key ORDER BY id", new { key = $"proposal:{next.GetProperty("id").GetInt64()}:notice%" })).ToList();
        Assert.Equal(2, reoffer.Count);
        Assert.All(reoffer, body => Assert.DoesNotContain("coordinator", body, StringComparison.Ordinal));
        Assert.Contains(reoffer, body => body.Contains("next best match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACancelledReminderRetriedBeforeItsTimeRunsAtItsDueTimeNotAtOnce()
    {
        await host.ResetAsync();
        var (secretariat, music, _) = await SignInAsync();
        var proposal = await ImportAndPairAsync(secretariat, "app-kumasi");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{proposal}/approve", new { note = "fits" }));
        var reminder = (await FollowUpsAsync(proposal))[FollowUpKind.MentorReminder];
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync($"/api/follow-ups/{reminder.Id}/cancel", null));

        var retried = await secretariat.PostAsync($"/api/follow-ups/{reminder.Id}/retry", null);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, retried);
        var task = (await FollowUpsAsync(proposal))[FollowUpKind.MentorReminder];
        Assert.Equal(FollowUpState.Scheduled, task.State);
        var job = HangfireJobs.Snapshot(host.Factory.Services, task.JobId!);
        Assert.Equal("Scheduled", job.State);
        Assert.Equal(reminder.DueAt, job.EnqueueAt!.Value, TimeSpan.FromMilliseconds(1));
        await using var connection = host.Factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM notifications WHERE idempotency_key LIKE @key", new { key = $"proposal:{proposal}:mentor_reminder%" }));
    }

    [Fact]
    public async Task AnUnansweredOfferExpiresAndACoordinatorCanPickAnAlternativeInstead()
    {
        await host.ResetAsync();
        var (secretariat, music, _) = await SignInAsync();
        var proposal = await ImportAndPairAsync(secretariat, "app-kumasi");
        var alternatives = (await (await music.GetAsync($"/api/proposals/{proposal}")).JsonAsync()).GetProperty("alternatives");
        var alternative = alternatives.EnumerateArray().First().GetProperty("mentor_id").GetString()!;

        var reassigned = await music.PostJsonAsync($"/api/proposals/{proposal}/reassign", new { mentor_id = alternative, note = "closer ties" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, reassigned);
        var replacement = await reassigned.JsonAsync();
        Assert.Equal(alternative, replacement.GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal("approved", replacement.GetProperty("status").GetString());
        Assert.Equal("rejected", (await (await music.GetAsync($"/api/proposals/{proposal}")).JsonAsync()).GetProperty("status").GetString());

        var tasks = await FollowUpsAsync(replacement.GetProperty("id").GetInt64());
        await host.RunAtDueTimeAsync(tasks[FollowUpKind.OfferExpiry]);

        var expired = await (await music.GetAsync($"/api/proposals/{replacement.GetProperty("id").GetInt64()}")).JsonAsync();
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        var rounds = await WaitForRoundsAsync(secretariat, 2);
        Assert.Equal("Music", rounds[0].GetProperty("field").GetString());
    }

    private async Task<(HttpClient Secretariat, HttpClient Music, HttpClient Liverpool)> SignInAsync() => (
        await ApiSession.SecretariatAsync(host.Factory),
        await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Music),
        await ApiSession.MentorAsync(host.Factory, "Liverpool", "GB"));

    /// <summary>Imports the small call, runs a round through Hangfire, and returns the proposal id of one applicant.</summary>
    private static async Task<long> ImportAndPairAsync(HttpClient secretariat, string applicantId)
    {
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!);
        Assert.Equal("completed", round.GetProperty("status").GetString());
        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        return proposals.EnumerateArray().Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == applicantId)
            .GetProperty("id").GetInt64();
    }

    private Task<Dictionary<string, FollowUpView>> FollowUpsAsync(long proposal) => host.FollowUpsOfAsync(Year, proposal);

    private async Task<List<string>> RecipientsAsync()
    {
        await using var connection = host.Factory.OpenConnection();
        return (await connection.QueryAsync<string>("SELECT recipient FROM notifications ORDER BY id")).AsList();
    }

    private static Task<List<JsonElement>> WaitForRoundsAsync(HttpClient secretariat, int count) =>
        Eventually.LastAsync(
            async () => (await (await secretariat.GetAsync($"/api/calls/{Year}/rounds")).JsonAsync()).EnumerateArray().ToList(),
            rounds => rounds.Count >= count && rounds.All(r => r.GetProperty("status").GetString() is "completed" or "failed"));

    private static DateTimeOffset InParis(int year, int month, int day, int hour, int minute) =>
        CallSchedule.InParis(Paris, new DateTime(year, month, day, hour, minute, 0));
}
