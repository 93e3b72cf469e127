using System.Net;
using System.Text;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>The API's problem details for a body it cannot take, in the language the request asks for.</summary>
public sealed class ProblemLanguageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task ABodyThatIsNotJsonIsAnsweredInFrenchWithWhere()
    {
        var secretariat = await FrenchSecretariatAsync();

        var response = await secretariat.PutAsync($"/api/calls/{Year}", new StringContent("{\"applications_close\": ", Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var problem = await response.JsonAsync();
        Assert.Equal("Le corps n'est pas un JSON valide", problem.GetProperty("title").GetString());
        Assert.Contains("ligne 1", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverItsLimitIsAnsweredInFrenchWithFrenchNumbers()
    {
        var secretariat = await FrenchSecretariatAsync();

        var response = await secretariat.PutAsync($"/api/calls/{Year}", new StringContent(new string(' ', 1 << 20), Encoding.UTF8, "application/json"));

        await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        var problem = await response.JsonAsync();
        Assert.Equal("Le corps de la requête est trop volumineux", problem.GetProperty("title").GetString());
        Assert.Contains("au plus 256\u00a0Ko (262\u202f144 octets)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableImportSaysWhereAndWhyInFrench()
    {
        var secretariat = await FrenchSecretariatAsync();

        var response = await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", "id;city;country_code\nx;y;z\n");

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var problem = await response.JsonAsync();
        Assert.Equal("Le corps ne peut pas être lu", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("ligne 1\u00a0: il manque à la ligne d'en-tête les colonnes obligatoires", detail, StringComparison.Ordinal);
        Assert.Contains("les champs semblent séparés par «\u00a0;\u00a0»", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProblemWithoutWordsOfItsOwnGetsFrenchOnesAndAFrenchTitle()
    {
        var secretariat = await FrenchSecretariatAsync();

        var response = await secretariat.GetAsync("/api/nothing-here");

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response);
        var problem = await response.JsonAsync();
        Assert.Equal("Introuvable", problem.GetProperty("title").GetString());
        Assert.Equal("Il n'y a rien à l'adresse /api/nothing-here.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AListAskedForAStateThatDoesNotExistSaysSoInFrench()
    {
        var secretariat = await FrenchSecretariatAsync();

        var notifications = await secretariat.GetAsync("/api/notifications?state=nope&limit=0");
        var tasks = await secretariat.GetAsync($"/api/calls/{Year}/follow-ups?state=nope");

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, notifications);
        var problem = await notifications.JsonAsync();
        Assert.Equal("La demande n'est pas valide", problem.GetProperty("title").GetString());
        Assert.StartsWith("state doit être l'un de ces états\u00a0:", problem.GetProperty("errors").GetProperty("state")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("limit doit être compris entre 1 et", problem.GetProperty("errors").GetProperty("limit")[0].GetString(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, tasks);
        Assert.StartsWith("«\u00a0nope\u00a0» n'est pas un état de tâche",
            (await tasks.JsonAsync()).GetProperty("errors").GetProperty("state")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> FrenchSecretariatAsync()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        return secretariat;
    }
}
