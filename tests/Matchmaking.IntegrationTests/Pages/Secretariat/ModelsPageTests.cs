using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Learning;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Pages.Secretariat;

/// <summary>The text models page in both languages and both widths, and going back to an earlier version through it.</summary>
public sealed class ModelsPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task TheModelsPageShowsEachVersionWithItsEvaluationInBothLanguagesAndWidthsAndMakesOneActiveAfterAsking()
    {
        await host.App.ResetAsync();
        var api = await ApiSession.SecretariatAsync(host.App);
        await api.PairSampleAsync();
        var (id, version) = await StoredModels.CandidateAsync(host.App);
        await PageSession.CreateAsync(host.App, new NewUser { Name = "models-secretariat", Role = UserRole.Secretariat });
        var page = await host.SignInAsync("models-secretariat");
        var problems = new List<string>();

        foreach (var (language, width) in new[] { ("en", 1280), ("en", 390), ("fr", 1280), ("fr", 390) })
        {
            await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = language == "fr" ? "fr-FR,fr;q=0.9" : "en" });
            await page.SetViewportSizeAsync(width, 844);
            var response = await page.GotoAsync("/secretariat/models");
            Assert.Equal((int)HttpStatusCode.OK, response!.Status);
            var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (sizes[0] > sizes[1])
            {
                problems.Add($"{language} {width}: {sizes[0]} px in a {sizes[1]} px window");
            }

            var text = await page.Locator("main").InnerTextAsync();
            Assert.Contains(version, text, StringComparison.Ordinal);
            Assert.Contains(language == "fr" ? "Versions apprises des décisions" : "Versions learned from decisions", text, StringComparison.Ordinal);
            Assert.Contains(language == "fr" ? "Appel de développement" : "Development call", text, StringComparison.Ordinal);
            if (language == "fr")
            {
                Assert.DoesNotContain("Text models", text, StringComparison.Ordinal);
            }
        }

        Assert.True(problems.Count == 0, "Wider than the window:\n" + string.Join('\n', problems));
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "en" });
        await page.GotoAsync("/secretariat/models");
        await page.GetByLabel($"Make version #{id} active").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Yes, make version #{id} active" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync($"Version #{id} is active: the next rounds run with it.");
        await Assertions.Expect(page.Locator($"#model-{id} h3")).ToContainTextAsync("In service");
        await Assertions.Expect(page.Locator("#model-shipped")).ToContainTextAsync("Make active");
        await page.Context.CloseAsync();
    }
}
