using System.Net;
using Dapper;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Proposals;

/// <summary>A coordinator pairs an applicant by hand with any admissible offer of the field, seeing the engine's scores.</summary>
public sealed class HandPairingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task TheOptionsScoreEveryOfferOfTheFieldAsTheRoundDidAndSayWhyAnOfferCannotBeChosen()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        var proposed = await (await music.GetAsync($"/api/proposals/{pairs["app-kumasi"]}")).JsonAsync();

        var response = await music.GetAsync($"/api/calls/{Year}/applicants/app-kumasi/mentor-options");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var choices = await response.JsonAsync();
        var options = choices.GetProperty("options");
        Assert.Equal("Music", options.GetProperty("field").GetString());
        var mentors = options.GetProperty("mentors").EnumerateArray().ToDictionary(m => m.GetProperty("mentor_id").GetString()!);
        Assert.Equal(["mentor-bologna", "mentor-liverpool", "mentor-notmember"], mentors.Keys.Order(StringComparer.Ordinal));
        var liverpool = mentors["mentor-liverpool"];
        Assert.Equal(proposed.GetProperty("score").GetDouble(), liverpool.GetProperty("score").GetDouble(), 6);
        Assert.NotEmpty(liverpool.GetProperty("shared_terms").EnumerateArray());
        Assert.Equal("not_a_member_in_field", mentors["mentor-notmember"].GetProperty("not_admissible").GetString());
        Assert.Equal(2, choices.GetProperty("room").GetProperty("mentor-liverpool").GetInt32());
        Assert.Equal(1, choices.GetProperty("room").GetProperty("mentor-bologna").GetInt32());
        Assert.Equal("proposed", Assert.Single(choices.GetProperty("current").EnumerateArray()).GetProperty("status").GetString());

        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await film.GetAsync($"/api/calls/{Year}/applicants/app-kumasi/mentor-options"));
        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await music.GetAsync($"/api/calls/{Year}/applicants/nobody/mentor-options"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.GetAsync($"/api/calls/{Year}/applicants/app-kumasi/mentor-options"));
    }

    [Fact]
    public async Task PairingByHandApprovesTheChosenPairAtOnceReplacesThePendingProposalAndAsksTheMentorCity()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;

        var response = await music.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair",
            new { mentor_id = "mentor-bologna", note = "Bologna's music education fits better" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var pair = await response.JsonAsync();
        Assert.Equal("approved", pair.GetProperty("status").GetString());
        Assert.Equal("mentor-bologna", pair.GetProperty("mentor").GetProperty("id").GetString());
        Assert.True(pair.GetProperty("explanation").GetProperty("paired_by_hand").GetBoolean());
        Assert.InRange(pair.GetProperty("score").GetDouble(), 0.0001, 1);
        var id = pair.GetProperty("id").GetInt64();
        Assert.Equal("replaced", (await (await music.GetAsync($"/api/proposals/{pairs["app-kumasi"]}")).JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM follow_ups WHERE proposal_id = {id} AND kind = 'notice'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM audit_log WHERE action = 'pair_by_hand' AND entity_id = '{id}'"));

        // The mentor city answers as after any approval.
        var bologna = await ApiSession.MentorAsync(factory, "Bologna", "IT");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await bologna.PostJsonAsync($"/api/proposals/{id}/accept", new { note = "glad to" }));
        var again = await music.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair", new { mentor_id = "mentor-liverpool" });
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, again);
        Assert.Contains("established partnership", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PairingByHandRefusesWhatTheCallsRulesRefuseAndAnotherFieldsCoordinator()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        await secretariat.PairSampleAsync();

        async Task<string> RefusedAsync(HttpClient client, HttpStatusCode status, string applicant, object body)
        {
            var response = await client.PostJsonAsync($"/api/calls/{Year}/applicants/{applicant}/pair", body);
            await HttpAssert.StatusAsync(status, response);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Contains("no common language", await RefusedAsync(music, HttpStatusCode.Conflict, "app-oran", new { mentor_id = "mentor-liverpool" }), StringComparison.Ordinal);
        Assert.Contains("not a member in field", await RefusedAsync(music, HttpStatusCode.Conflict, "app-oran", new { mentor_id = "mentor-notmember" }), StringComparison.Ordinal);
        Assert.Contains("region not eligible", await RefusedAsync(music, HttpStatusCode.Conflict, "app-brazil", new { mentor_id = "mentor-liverpool" }), StringComparison.Ordinal);
        Assert.Contains("not an offer of the Music field", await RefusedAsync(music, HttpStatusCode.BadRequest, "app-oran", new { mentor_id = "mentor-bradford" }), StringComparison.Ordinal);
        Assert.Contains("mentor_id", await RefusedAsync(music, HttpStatusCode.BadRequest, "app-oran", new { }), StringComparison.Ordinal);
        await RefusedAsync(music, HttpStatusCode.NotFound, "nobody", new { mentor_id = "mentor-liverpool" });
        await RefusedAsync(await ApiSession.CoordinatorAsync(factory, CreativeField.Film), HttpStatusCode.Forbidden, "app-kumasi", new { mentor_id = "mentor-bologna" });
        await RefusedAsync(secretariat, HttpStatusCode.Forbidden, "app-kumasi", new { mentor_id = "mentor-bologna" });

        var forCoordinator = await secretariat.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair",
            new { mentor_id = "mentor-bologna", note = "coordinator on leave", for_coordinator = true });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, forCoordinator);
        Assert.EndsWith("(for the Music coordinator)", (await forCoordinator.JsonAsync()).GetProperty("decided_by").GetString(), StringComparison.Ordinal);
        // An approved pair is the coordinator's decision: it is undone first, not replaced by hand.
        var full = await music.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair", new { mentor_id = "mentor-liverpool" });
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, full);
        Assert.Contains("undo that approval first", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
