using System.Net;
using System.Text.Json;
using Dapper;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Proposals;

/// <summary>
/// Overrides: after a reject the next best mentor is proposed without a new round; a coordinator takes an approval back
/// before the mentor answers; the secretariat decides for an absent coordinator, and only when it says so.
/// </summary>
public sealed class OverrideTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ARejectProposesTheApplicantsNextBestMentorWithRoomInTheSameRoundWithoutANewRound()
    {
        var (secretariat, music, pairs) = await PairAsync();
        var rounds = await CountAsync("SELECT count(*) FROM rounds");
        var first = await (await secretariat.GetAsync($"/api/proposals/{pairs["app-kumasi"]}")).JsonAsync();
        var alternatives = first.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("mentor_id").GetString()).ToList();
        Assert.NotEmpty(alternatives);

        var reject = await music.PostJsonAsync($"/api/proposals/{pairs["app-kumasi"]}/reject", new { note = "not the right fit" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, reject);
        var next = await (await secretariat.GetAsync(reject.Headers.GetValues("Next-Proposal").Single())).JsonAsync();

        Assert.Equal("proposed", next.GetProperty("status").GetString());
        Assert.Equal("app-kumasi", next.GetProperty("applicant").GetProperty("id").GetString());
        Assert.Contains(next.GetProperty("mentor").GetProperty("id").GetString(), alternatives);
        Assert.NotEqual(first.GetProperty("mentor").GetProperty("id").GetString(), next.GetProperty("mentor").GetProperty("id").GetString());
        Assert.Equal(first.GetProperty("round_id").GetInt64(), next.GetProperty("round_id").GetInt64());
        Assert.Equal(rounds, await CountAsync("SELECT count(*) FROM rounds"));
        var current = (await (await music.GetAsync($"/api/calls/{Year}/proposals")).JsonAsync()).EnumerateArray()
            .Where(p => p.GetProperty("applicant").GetProperty("id").GetString() == "app-kumasi").Select(p => p.GetProperty("status").GetString()).ToList();
        Assert.Contains("proposed", current);
        Assert.Contains("rejected", current);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{next.GetProperty("id").GetInt64()}/approve", new { note = "yes" }));
    }

    [Fact]
    public async Task UndoingAnApprovalBeforeTheMentorAnswersProposesThePairAgainSkipsItsTasksAndTellsAMentorAlreadyAsked()
    {
        var (_, music, pairs) = await PairAsync();
        var oran = pairs["app-oran"];
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "yes" }));
        // As if the notice had already asked the mentor city (the worker may or may not have run it by now).
        await ExecuteAsync($"UPDATE follow_ups SET state = 'done', completed_at = now() WHERE proposal_id = {oran} AND kind = 'notice'");

        var undo = await music.PostJsonAsync($"/api/proposals/{oran}/undo", new { note = "second thoughts" });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, undo);
        var body = await undo.JsonAsync();
        Assert.Equal("proposed", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("offer_expires_at").ValueKind);
        Assert.Equal(0, await CountAsync($"SELECT count(*) FROM follow_ups WHERE proposal_id = {oran} AND state = 'scheduled'"));
        var withdrawn = (await QueryAsync($"SELECT recipient FROM notifications WHERE idempotency_key LIKE 'proposal:{oran}:withdrawn:%' ORDER BY recipient")).ToList();
        Assert.Equal(["applicant city Oran", "mentor city Bologna"], withdrawn);
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM audit_log WHERE action = 'undo_approval' AND entity_id = '{oran}'"));

        var bologna = await ApiSession.MentorAsync(factory, "Bologna", "IT");
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await bologna.PostJsonAsync($"/api/proposals/{oran}/accept", new { note = "yes" }));
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await music.PostJsonAsync($"/api/proposals/{oran}/undo", new { }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "yes after all" }));
        // The new approval asks the mentor city again: a notice of its own, not the first one's.
        Assert.Equal(2, await CountAsync($"SELECT count(*) FROM follow_ups WHERE proposal_id = {oran} AND kind = 'notice'"));
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM follow_ups WHERE proposal_id = {oran} AND kind = 'notice' AND state <> 'skipped' AND idempotency_key LIKE '%:approval-2'"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await bologna.PostJsonAsync($"/api/proposals/{oran}/accept", new { note = "glad to" }));
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await music.PostJsonAsync($"/api/proposals/{oran}/undo", new { }));
    }

    [Fact]
    public async Task TheSecretariatDecidesForAnAbsentCoordinatorOnlyWhenItSaysSoAndTheDecisionIsRecordedAsSuch()
    {
        var (secretariat, _, pairs) = await PairAsync();
        var oran = pairs["app-oran"];
        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);
        var bologna = await ApiSession.MentorAsync(factory, "Bologna", "IT");

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await secretariat.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "x" }));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden,
            await film.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "x", for_coordinator = true }));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden,
            await bologna.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "x", for_coordinator = true }));
        Assert.Equal("proposed", await ScalarAsync($"SELECT status FROM proposals WHERE id = {oran}"));

        var approve = await secretariat.PostJsonAsync($"/api/proposals/{oran}/approve", new { note = "coordinator on leave", for_coordinator = true });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, approve);
        Assert.Equal("secretariat:secretariat (for the Music coordinator)", (await approve.JsonAsync()).GetProperty("decided_by").GetString());
        Assert.Equal("coordinator:Music", await ScalarAsync(
            $"SELECT details->>'acting_for' FROM audit_log WHERE entity = 'proposal' AND entity_id = '{oran}' AND action = 'approved'"));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await secretariat.PostJsonAsync($"/api/proposals/{oran}/accept", new { note = "x" }));
    }

    private async Task<(HttpClient Secretariat, HttpClient Music, IReadOnlyDictionary<string, long> Pairs)> PairAsync()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var round = await secretariat.PairSampleAsync();
        return (secretariat, music, round.ProposalOf);
    }

    private async Task<NpgsqlConnection> OpenAsync() =>
        await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(sql);
    }

    private async Task<IEnumerable<string>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return await connection.QueryAsync<string>(sql);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
