using System.Net;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Lifecycle;

/// <summary>Each recipient's mail is in English or French: a person's own choice, else the city's first of the two languages.</summary>
public sealed class NotificationLanguageTests(LifecycleHost host) : IClassFixture<LifecycleHost>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AnApplicantWritingFrenchFirstIsToldInFrenchAndAMentorCityThatChoseFrenchIsRemindedInFrench()
    {
        await host.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(host.Factory);
        var music = await ApiSession.CoordinatorAsync(host.Factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        foreach (var applicant in new[] { "app-oran", "app-kumasi" })
        {
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{pairs[applicant]}/approve", new { }));
            await host.RunAtDueTimeAsync((await FollowUpsAsync(pairs[applicant]))[FollowUpKind.Notice]);
        }

        var sent = await NotificationsAsync();
        // Oran lists "fr;ar": French. Bologna lists "it;en;fr": English comes first. Kumasi and Liverpool: English.
        Assert.Equal(("fr", "Votre ville mentor proposée\u00a0: Bologna (Musique)"), sent["applicant city Oran"][0]);
        Assert.Equal(("en", "Please accept: mentoring Oran (Music)"), sent["mentor city Bologna"][0]);
        Assert.Equal(("en", "Your proposed mentor city: Liverpool (Music)"), sent["applicant city Kumasi"][0]);
        Assert.Equal("en", sent["mentor city Liverpool"][0].Language);

        var bologna = await ApiSession.MentorAsync(host.Factory, "Bologna", "IT");
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, await bologna.PutJsonAsync("/api/account/language", new { language = "de" }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await bologna.PutJsonAsync("/api/account/language", new { language = "fr" }));
        Assert.Equal("fr", (await (await bologna.GetAsync("/api/account/language")).JsonAsync()).GetProperty("language").GetString());
        await host.RunAtDueTimeAsync((await FollowUpsAsync(pairs["app-oran"]))[FollowUpKind.MentorReminder]);

        var reminder = (await NotificationsAsync())["mentor city Bologna"][^1];
        Assert.Equal(("fr", "Rappel\u00a0: merci de répondre au jumelage avec Oran"), reminder);
        await using var connection = host.Factory.OpenConnection();
        var body = await connection.ExecuteScalarAsync<string>(
            "SELECT body FROM notifications WHERE recipient = 'mentor city Bologna' ORDER BY id DESC LIMIT 1");
        Assert.Equal("Votre jumelage avec la ville candidate Oran (Musique) attend votre réponse.", body);
    }

    private Task<Dictionary<string, FollowUpView>> FollowUpsAsync(long proposal) => host.FollowUpsOfAsync(Year, proposal);

    private async Task<Dictionary<string, List<(string Language, string Subject)>>> NotificationsAsync()
    {
        await using var connection = host.Factory.OpenConnection();
        var rows = await connection.QueryAsync<(string Recipient, string Language, string Subject)>(
            "SELECT recipient, language, subject FROM notifications ORDER BY id");
        return rows.GroupBy(r => r.Recipient).ToDictionary(g => g.Key, g => g.Select(r => (r.Language, r.Subject)).ToList());
    }
}
