using System.Net;
using System.Text;
using Dapper;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>A rejected record's reasons in the language of the request, the field's code as the key; stored ones too.</summary>
public sealed class ImportWordingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    private const string OneBadApplicant = """
        [{"id": "a3", "city": "Nowhere", "country_code": "XX", "creative_field": "Music", "languages": "fr",
          "submitted_at": "2027-03-01", "needs": "x"}]
        """;

    [Fact]
    public async Task AnImportAskedForInFrenchAnswersItsFieldErrorsInFrenchUnderTheFieldCodes()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");

        var response = await secretariat.PostAsync($"/api/calls/{Year}/applicants", new StringContent(OneBadApplicant, Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        var rejected = Assert.Single((await response.JsonAsync()).GetProperty("records").EnumerateArray());
        var causes = rejected.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("field").GetString()!, e => e.GetProperty("cause").GetString()!);
        Assert.Equal("«\u00a0XX\u00a0» n'est pas un code de pays ISO 3166-1 alpha-2\u00a0; écrivez deux lettres, comme KE ou MA", causes["country_code"]);
        Assert.StartsWith("«\u00a02027-03-01\u00a0» n'a pas de décalage UTC", causes["submitted_at"], StringComparison.Ordinal);
        Assert.Equal("field_no_utc_offset", rejected.GetProperty("errors")[1].GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheImportHistoryWordsStoredErrorsInTheRequestsLanguageAndOldEnglishOnesAsTheyWere()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var response = await secretariat.PostAsync($"/api/calls/{Year}/applicants", new StringContent(OneBadApplicant, Encoding.UTF8, "application/json"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        await using (var connection = factory.OpenConnection())
        {
            // A row written before errors carried a code: only its English cause.
            await connection.ExecuteAsync("""
                INSERT INTO rejected_records (import_id, row_number, record_id, raw, errors)
                SELECT id, 9, 'old', '{}'::jsonb, '[{"field": "needs", "cause": "is required but missing or empty"}]'::jsonb FROM imports
                """);
        }

        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var history = await (await secretariat.GetAsync($"/api/calls/{Year}/imports")).JsonAsync();

        var records = history.GetProperty("imports")[0].GetProperty("rejected_records").EnumerateArray().ToList();
        Assert.Equal("«\u00a0XX\u00a0» n'est pas un code de pays ISO 3166-1 alpha-2\u00a0; écrivez deux lettres, comme KE ou MA",
            records[0].GetProperty("errors")[0].GetProperty("cause").GetString());
        Assert.Equal("is required but missing or empty", records[1].GetProperty("errors")[0].GetProperty("cause").GetString());
    }
}
