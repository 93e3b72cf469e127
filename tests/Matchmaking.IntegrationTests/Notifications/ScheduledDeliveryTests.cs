using System.Net;
using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Notifications;

/// <summary>The real host, worker included, on the real clock: Quartz runs the follow-up and the delivery job.</summary>
public sealed class ScheduledDeliveryFixture : IAsyncLifetime
{
    public SmtpSink Sink { get; private set; } = null!;

    public AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        App = new AppFactory
        {
            ConfigureHost = builder =>
            {
                builder.UseSetting("Smtp:Enabled", "true");
                builder.UseSetting("Smtp:Host", "127.0.0.1");
                builder.UseSetting("Smtp:Port", Sink.Port.ToString());
                builder.UseSetting("Smtp:Sender", NotificationsFixture.Sender);
                builder.UseSetting("Smtp:PollInterval", "00:00:01");
            },
        };
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

public sealed class ScheduledDeliveryTests(ScheduledDeliveryFixture fixture) : IClassFixture<ScheduledDeliveryFixture>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ApprovingAProposalMailsBothCitiesOnceThroughTheScheduledJobsWithinSeconds()
    {
        await fixture.App.ResetAsync();
        fixture.Sink.Clear();
        var contacts = fixture.App.Services.GetRequiredService<ContactStore>();
        await contacts.SetAsync(Recipient.MentorCity("Liverpool"), "music@liverpool.test", CancellationToken.None);
        await contacts.SetAsync(Recipient.ApplicantCity("Kumasi"), "creative@kumasi.test", CancellationToken.None);
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        var music = await ApiSession.CoordinatorAsync(fixture.App, CreativeField.Music);
        var applicants = await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, applicants);
        var mentors = await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, mentors);
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        Assert.Equal("completed", (await secretariat.WaitForRoundAsync(start.Headers.Location!)).GetProperty("status").GetString());
        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        var kumasi = proposals.EnumerateArray()
            .Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi").GetProperty("id").GetInt64();

        var approved = await music.PostJsonAsync($"/api/proposals/{kumasi}/approve", new { note = "good fit" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, approved);

        // Nothing here calls the delivery: the follow-up job writes the outbox and the recurring job sends it.
        var received = await fixture.Sink.WaitForAsync(2, TimeSpan.FromSeconds(30));
        Assert.Equal(2, received.Count);

        // Each city gets the message written for it, once: both rows are sent after one attempt. (A row is marked sent
        // just after the server accepted its message, so give the job's last commit a moment.)
        await using var connection = fixture.App.OpenConnection();
        await Eventually.LastAsync(
            () => connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications WHERE state = 'pending'"), pending => pending == 0,
            TimeSpan.FromSeconds(10));

        var outbox = (await connection.QueryAsync<(string Recipient, string Subject, string State, int Attempts)>(
            "SELECT recipient, subject, state, attempts FROM notifications")).ToDictionary(r => r.Recipient);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox.Values, r => Assert.Equal(("sent", 1), (r.State, r.Attempts)));
        var mentor = Assert.Single(received, m => m.RcptTos.SequenceEqual(["music@liverpool.test"]));
        Assert.Equal(outbox["mentor city Liverpool"].Subject, mentor.Subject);
        Assert.Contains("Kumasi", mentor.Subject, StringComparison.Ordinal);
        var applicant = Assert.Single(received, m => m.RcptTos.SequenceEqual(["creative@kumasi.test"]));
        Assert.Equal(outbox["applicant city Kumasi"].Subject, applicant.Subject);
        Assert.Contains("Liverpool", applicant.Subject, StringComparison.Ordinal);
        var delivery = fixture.App.Services.GetRequiredService<NotificationDelivery>();
        Assert.Equal(0, (await delivery.DeliverDueAsync(CancellationToken.None)).Sent);
        Assert.Equal(2, fixture.Sink.Received().Count);
    }
}
