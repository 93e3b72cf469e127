using System.Net;
using System.Text;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

public sealed class ImportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task AnUnreadableCsvBodyIsABadRequestThatSaysWhereAndWhy()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var response = await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", "id,city\nx,y\n");

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var problem = await response.JsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("country_code", detail, StringComparison.Ordinal);
        await using var connection = factory.OpenConnection();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM applicants"));
    }

    [Fact]
    public async Task InvalidJsonIsABadRequestAndAnotherMediaTypeIsRefused()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);

        var invalid = await secretariat.PostAsync($"/api/calls/{Year}/mentors",
            new StringContent("[{\"id\": \"a\",", Encoding.UTF8, "application/json"));
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, invalid);

        var xml = await secretariat.PostAsync($"/api/calls/{Year}/mentors", new StringContent("<offers/>", Encoding.UTF8, "application/xml"));
        await HttpAssert.StatusAsync(HttpStatusCode.UnsupportedMediaType, xml);
    }

    [Fact]
    public async Task ImportingTheSameJsonTwiceUpsertsByIdAndKeepsEveryRejectedRecordWithItsReasons()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        const string Json = """
            [
              {"id": "a1", "city": "Kumasi", "country_code": "GH", "creative_field": "music", "languages": ["en"],
               "submitted_at": "2027-03-01T10:00:00+00:00", "needs": "Festival strategy"},
              {"id": "a2", "city": "Oran", "country_code": "DZ", "creative_field": "Music", "languages": "fr;ar",
               "submitted_at": "2027-03-01T10:00:00+01:00", "needs": "Archives sonores"},
              {"id": "a3", "city": "Nowhere", "country_code": "XX", "creative_field": "Music", "languages": ["zz"],
               "submitted_at": "2027-03-01T10:00:00+01:00", "needs": "x"}
            ]
            """;

        for (var i = 0; i < 2; i++)
        {
            var response = await secretariat.PostAsync($"/api/calls/{Year}/applicants", new StringContent(Json, Encoding.UTF8, "application/json"));
            await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
            var outcome = await response.JsonAsync();
            Assert.Equal(2, outcome.GetProperty("accepted").GetInt32());
            var rejected = Assert.Single(outcome.GetProperty("records").EnumerateArray(), r => r.GetProperty("status").GetString() == "rejected");
            var fields = rejected.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
            Assert.Contains("country_code", fields);
            Assert.Contains("languages", fields);
        }

        await using var connection = factory.OpenConnection();
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM applicants"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM rejected_records"));
        var applicants = await (await secretariat.GetAsync($"/api/calls/{Year}/applicants")).JsonAsync();
        Assert.Equal(["a1", "a2"], applicants.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList());
    }
}
