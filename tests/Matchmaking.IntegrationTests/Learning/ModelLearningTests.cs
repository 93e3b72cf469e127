using Matchmaking.Core.Matching;
using System.Net;
using Dapper;
using Matchmaking.Core.Learning;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Learning;

/// <summary>The coordinators' decisions teach the text model: labelled pairs, trained versions, the active one, going back.</summary>
public sealed class ModelLearningTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task DecisionsRecordedThroughTheServiceBecomeLabelledPairsWithTheirTexts()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        var oranMentor = await MentorOfAsync(pairs["app-oran"]);
        var kumasiMentor = await MentorOfAsync(pairs["app-kumasi"]);
        var other = kumasiMentor == "mentor-bologna" ? "mentor-liverpool" : "mentor-bologna";

        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await music.PostJsonAsync($"/api/proposals/{pairs["app-oran"]}/reject", new { note = "not the right partner" }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await music.PostJsonAsync($"/api/calls/{Year}/applicants/app-kumasi/pair", new { mentor_id = other, note = "a better fit" }));

        var decisions = await factory.Services.GetRequiredService<DecisionPairs>().LoadAsync(default);

        var labels = decisions.ToDictionary(d => (d.ApplicantId, d.MentorId), d => d.Right);
        Assert.Equal(3, labels.Count);
        Assert.False(labels[("app-oran", oranMentor)]);
        Assert.True(labels[("app-kumasi", other)]);
        Assert.False(labels[("app-kumasi", kumasiMentor)]);
        var kumasi = decisions.Single(d => d.ApplicantId == "app-kumasi" && d.Right);
        Assert.StartsWith("Help to build a live music venue network", kumasi.ApplicantNeeds, StringComparison.Ordinal);
        Assert.Equal(Year, kumasi.CallYear);
        Assert.False(string.IsNullOrEmpty(kumasi.OfferExpertise));
    }

    [Fact]
    public async Task TrainingThroughTheApiStoresAVersionWithBothEvaluationsAndAnAuditEntry()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var pairs = (await secretariat.PairSampleAsync()).ProposalOf;
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await music.PostJsonAsync($"/api/proposals/{pairs["app-kumasi"]}/approve", new { note = "good" }));

        var response = await secretariat.PostAsync("/api/models/train", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Accepted, response);
        var training = await Eventually.LastAsync(
            async () => await (await secretariat.GetAsync(response.Headers.Location)).JsonAsync(),
            t => t.GetProperty("status").GetString() is "completed" or "failed", TimeSpan.FromSeconds(90));

        Assert.Equal("completed", training.GetProperty("status").GetString());
        var overview = await (await secretariat.GetAsync("/api/models")).JsonAsync();
        var version = Assert.Single(overview.GetProperty("versions").EnumerateArray());
        Assert.Equal(training.GetProperty("model_version_id").GetInt64(), version.GetProperty("id").GetInt64());
        Assert.Equal(TextModelProvider.WithLexicon(TextModel.Default).Version, version.GetProperty("parent_version").GetString());
        Assert.Equal(1, version.GetProperty("decisions").GetInt32() + version.GetProperty("held_out_decisions").GetInt32());
        foreach (var evaluation in new[] { version.GetProperty("evaluation"), version.GetProperty("parent_evaluation") })
        {
            Assert.Equal(42, evaluation.GetProperty("development_queries").GetInt32());
            Assert.InRange(evaluation.GetProperty("development_precision_at1").GetDouble(), 0.5, 1);
        }

        Assert.Equal(TextModelProvider.WithLexicon(TextModel.Default).Version, version.GetProperty("parent_evaluation").GetProperty("model_version").GetString());
        // One decision learned on top of the shipped examples: either the same weights or a model judged on the same sets.
        var verdict = version.GetProperty("verdict").GetString();
        Assert.Equal(verdict == "promoted", version.GetProperty("active").GetBoolean());
        Assert.Equal(verdict != "promoted", overview.GetProperty("shipped_active").GetBoolean());
        await using var connection = factory.OpenConnection();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM audit_log WHERE action = 'train_model'"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM audit_log WHERE action = 'request_model_training'"));
    }

    [Fact]
    public async Task AnActivatedVersionIsTheModelANewRoundRecordsAndTheSecretariatCanGoBack()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await secretariat.PairSampleAsync();
        var (id, version) = await StoredModels.CandidateAsync(factory);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync($"/api/models/{id}/activate", null));
        var round = await RunRoundAsync(secretariat);

        Assert.Equal(version, round.Version);
        Assert.Equal(id, round.VersionId);
        var overview = await (await secretariat.GetAsync("/api/models")).JsonAsync();
        var stored = Assert.Single(overview.GetProperty("versions").EnumerateArray());
        Assert.True(stored.GetProperty("active").GetBoolean());
        Assert.Equal([round.Id], stored.GetProperty("rounds").EnumerateArray().Select(r => r.GetInt64()));
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync($"/api/models/{id}/activate", null));
        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await secretariat.PostAsync($"/api/models/{id + 1}/activate", null));

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync("/api/models/shipped/activate", null));
        var back = await RunRoundAsync(secretariat);

        Assert.Equal(TextModelProvider.WithLexicon(TextModel.Default).Version, back.Version);
        Assert.Null(back.VersionId);
        await using var connection = factory.OpenConnection();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM audit_log WHERE action = 'activate_model'"));
    }

    [Fact]
    public async Task CoordinatorsAndMentorsCannotReadTrainOrActivateModels()
    {
        await factory.ResetAsync();
        var (id, _) = await StoredModels.CandidateAsync(factory);
        var music = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var mentor = await ApiSession.MentorAsync(factory, "Bologna", "IT");

        foreach (var client in new[] { music, mentor })
        {
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.GetAsync("/api/models"));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync("/api/models/train", null));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync($"/api/models/{id}/activate", null));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync("/api/models/shipped/activate", null));
        }

        await using var connection = factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM model_trainings"));
        Assert.False(await connection.ExecuteScalarAsync<bool>("SELECT active FROM model_versions WHERE id = @id", new { id }));
    }

    private async Task<(long Id, string? Version, long? VersionId)> RunRoundAsync(HttpClient secretariat)
    {
        var start = await secretariat.PostAsync($"/api/calls/{Year}/rounds", null);
        var round = await secretariat.WaitForRoundAsync(start.Headers.Location!);
        Assert.Equal("completed", round.GetProperty("status").GetString());
        var id = round.GetProperty("id").GetInt64();
        await using var connection = factory.OpenConnection();
        var versionId = await connection.ExecuteScalarAsync<long?>("SELECT model_version_id FROM rounds WHERE id = @id", new { id });
        return (id, round.GetProperty("model_version").GetString(), versionId);
    }

    private async Task<string> MentorOfAsync(long proposalId)
    {
        await using var connection = factory.OpenConnection();
        return await connection.ExecuteScalarAsync<string>("SELECT mentor_id FROM proposals WHERE id = @proposalId", new { proposalId }) ?? "";
    }
}
