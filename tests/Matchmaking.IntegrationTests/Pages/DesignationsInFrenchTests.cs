using System.Net;
using System.Net.Http.Json;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>A secretariat that reads French gets the designations' refusals and confirmation in French, from the API and the page.</summary>
public sealed class DesignationsInFrenchTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task TheApiRefusesUnknownApplicantsAndEarlyDesignationsInFrenchWithTheirCodes()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await secretariat.CreateCallAsync(2025);
        await secretariat.CreateCallAsync(2027);
        secretariat.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var unknown = await secretariat.PutAsJsonAsync("/api/calls/2025/designations", new { designated = new[] { "nobody" } });
        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, unknown);
        var invalid = await unknown.JsonAsync();
        Assert.Equal("designations_not_applicants", invalid.GetProperty("code").GetString());
        Assert.Equal("Ces villes ne sont pas candidates à l'appel 2025\u00a0: nobody. Rien n'a été enregistré.",
            invalid.GetProperty("errors").GetProperty("designated")[0].GetString());

        var early = await secretariat.PutAsJsonAsync("/api/calls/2027/designations", new { designated = Array.Empty<string>() });
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, early);
        var conflict = await early.JsonAsync();
        Assert.Equal("designations_before_deadline", conflict.GetProperty("code").GetString());
        Assert.StartsWith("Les désignations sont enregistrées après la date limite des candidatures (", conflict.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageSaysInFrenchWhyDesignationsAreRefusedAndWhatWasRecorded()
    {
        await factory.ResetAsync();
        var api = await ApiSession.SecretariatAsync(factory);
        await api.CreateCallAsync(2025);
        await api.CreateCallAsync(2027);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await api.PostCsvAsync("/api/calls/2025/applicants", """
            id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls
            a-oran,Oran,DZ,Music,fr,2025-03-12T09:30:00+01:00,"Formation des musiciens",,
            a-kumasi,Kumasi,GH,Crafts and Folk Art,en,2025-03-12T09:30:00+01:00,"Craft training",,
            a-sfax,Sfax,TN,Crafts and Folk Art,fr,2025-03-12T09:30:00+01:00,"Formation",,
            """));
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "designations-fr", Role = UserRole.Secretariat });
        page.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        Assert.Contains("Les désignations sont enregistrées après la date limite des candidatures (",
            await FlashAsync(page, new() { ["year"] = "2027" }), StringComparison.Ordinal);
        Assert.Contains("Ces villes ne sont pas candidates à l'appel 2025\u00a0: NOPE. Rien n'a été enregistré.",
            await FlashAsync(page, new() { ["year"] = "2025", ["designated"] = "NOPE" }), StringComparison.Ordinal);
        Assert.Contains("Enregistré pour l'appel 2025\u00a0: 1 désignée, 2 non désignées (gardées dans l'historique des appels).",
            await FlashAsync(page, new() { ["year"] = "2025", ["designated"] = "a-kumasi" }), StringComparison.Ordinal);
    }

    private static async Task<string> FlashAsync(PageSession page, Dictionary<string, string> form)
    {
        var answer = await page.PostFormAsync("/secretariat/designations", form);
        await HttpAssert.StatusAsync(HttpStatusCode.Redirect, answer);
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync(answer.Headers.Location!.OriginalString));
        var start = html.IndexOf("class=\"flash\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page shows no message.");
        return html[start..Math.Min(html.Length, start + 400)];
    }
}
