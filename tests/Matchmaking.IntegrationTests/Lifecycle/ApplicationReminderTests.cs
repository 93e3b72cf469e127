using System.Net;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Lifecycle;

/// <summary>After 9 April: each established pair is reminded 30 and 7 days before the 30 June application deadline.</summary>
public sealed class ApplicationReminderTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AnEstablishedPairGetsTwoRemindersBeforeTheApplicationDeadlineNamingItInParisTime()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var bologna = await ApiSession.MentorAsync(factory, "Bologna", "IT");
        var oran = (await secretariat.PairSampleAsync()).ProposalOf["app-oran"];
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "yes" }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await bologna.PostJsonAsync($"/api/proposals/{oran}/accept", new { note = "glad to" }));

        await using var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        var reminders = (await connection.QueryAsync<(long Id, DateTimeOffset DueAt, string State)>(
            $"SELECT id, due_at, state FROM follow_ups WHERE proposal_id = {oran} AND kind = 'application_reminder' ORDER BY due_at")).ToList();
        // 09:00 in Paris (summer time, UTC+2), 30 and 7 days before 30 June 2027.
        Assert.Equal([new DateTimeOffset(2027, 5, 31, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 23, 7, 0, 0, TimeSpan.Zero)],
            reminders.Select(r => r.DueAt.ToUniversalTime()));
        Assert.All(reminders, r => Assert.Equal("scheduled", r.State));

        await factory.Services.GetRequiredService<FollowUpRunner>().RunAsync(reminders[0].Id, null, default);
        var sent = (await connection.QueryAsync<(string Recipient, string Subject)>(
            $"SELECT recipient, subject FROM notifications WHERE follow_up_id = {reminders[0].Id} ORDER BY recipient")).ToList();
        Assert.Equal(["applicant city Oran", "mentor city Bologna"], sent.Select(s => s.Recipient));
        // Oran writes French first ("fr;ar"), Bologna English ("it;en;fr"): each reads the deadline in its own language.
        Assert.Contains("30 juin 2027 à 23\u00a0h\u00a059 (heure de Paris)", sent[0].Subject, StringComparison.Ordinal);
        Assert.Contains("30 June 2027, 23:59 (Paris time)", sent[1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingTheCallsDatesMovesThePairsRemindersAndGivesThemNewWakeUps()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var bologna = await ApiSession.MentorAsync(factory, "Bologna", "IT");
        var oran = (await secretariat.PairSampleAsync()).ProposalOf["app-oran"];
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "yes" }));
        await using var connection = factory.OpenConnection();
        var before = await TasksAsync(connection, oran, "partnership_reminder");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PutJsonAsync($"/api/calls/{Year}", Dates("2027-04-16T23:59:00", "2027-06-30T23:59:00")));

        // Three days before the new 16 April, 09:00 in Paris (UTC+2), with a new Hangfire job.
        var after = await TasksAsync(connection, oran, "partnership_reminder");
        Assert.Equal(new DateTimeOffset(2027, 4, 13, 7, 0, 0, TimeSpan.Zero), Assert.Single(after).DueAt.ToUniversalTime());
        Assert.NotEqual(before[0].JobId, after[0].JobId);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await bologna.PostJsonAsync($"/api/proposals/{oran}/accept", new { note = "glad to" }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PutJsonAsync($"/api/calls/{Year}", Dates("2027-04-16T23:59:00", "2027-07-15T23:59:00")));

        var reminders = await TasksAsync(connection, oran, "application_reminder");
        Assert.Equal([new DateTimeOffset(2027, 6, 15, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 7, 8, 7, 0, 0, TimeSpan.Zero)],
            reminders.Select(r => r.DueAt.ToUniversalTime()));
        Assert.All(reminders, r => Assert.Equal("scheduled", r.State));
        Assert.All(reminders, r => Assert.NotNull(r.JobId));
        Assert.Equal("skipped", (await TasksAsync(connection, oran, "partnership_reminder"))[0].State);
    }

    private static object Dates(string partnership, string application) => new
    {
        interest_deadline = "2027-03-30T23:59:00",
        partnership_deadline = partnership,
        application_deadline = application,
        designations_announced = "2027-10-29T12:00:00",
    };

    private static async Task<List<(DateTimeOffset DueAt, string State, string? JobId)>> TasksAsync(NpgsqlConnection connection, long proposal, string kind) =>
        (await connection.QueryAsync<(DateTimeOffset DueAt, string State, string? JobId)>(
            "SELECT due_at, state, job_id FROM follow_ups WHERE proposal_id = @proposal AND kind = @kind ORDER BY due_at",
            new { proposal, kind })).ToList();
}
