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
        await contacts.SetAsync("mentor city Liverpool", "music@liverpool.test", CancellationToken.None);
        await contacts.SetAsync("applicant city Kumasi", "creative@kumasi.test", CancellationToken.None);
        var secretariat = await ApiSession.SecretariatAsync(fixture.App);
        var music = await ApiSession.CoordinatorAsync(fixture.App, CreativeField.Music);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, start);
        Assert.Equal("completed", (await secretariat.WaitForRoundAsync(start.Headers.Location!)).GetProperty("status").GetString());
        var proposals = await (await secretariat.GetAsync($"{start.Headers.Location}/proposals")).JsonAsync();
        var kumasi = proposals.EnumerateArray()
            .Single(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi").GetProperty("id").GetInt64();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{kumasi}/approve", new { note = "good fit" }));

        // Nothing here calls the delivery: the follow-up job writes the outbox and the recurring job sends it.
        var received = await fixture.Sink.WaitForAsync(2, TimeSpan.FromSeconds(30));
        Assert.Equal(2, received.Count);
        var mentor = Assert.Single(received, m => m.RcptTos.SequenceEqual(["music@liverpool.test"]));
        Assert.StartsWith("You are asked to mentor Kumasi", mentor.Subject, StringComparison.Ordinal);
        var applicant = Assert.Single(received, m => m.RcptTos.SequenceEqual(["creative@kumasi.test"]));
        Assert.Contains("Liverpool", applicant.Subject, StringComparison.Ordinal);

        // Sent once: both rows are marked sent after one attempt, and a further run has nothing left to send.
        await using var connection = fixture.App.OpenConnection();
        var states = await connection.QueryAsync<(string State, int Attempts)>("SELECT state, attempts FROM notifications");
        Assert.Equal([("sent", 1), ("sent", 1)], states);
        Assert.Equal(0, (await fixture.App.Services.GetRequiredService<NotificationDelivery>().DeliverDueAsync(CancellationToken.None)).Sent);
        Assert.Equal(2, fixture.Sink.Received().Count);
    }
}
