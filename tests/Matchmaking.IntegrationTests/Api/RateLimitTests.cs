using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Matchmaking.IntegrationTests.Pairing;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>Sign-in and imports are limited per client: over the limit, 429 with Retry-After; reads are not limited.</summary>
public sealed class RateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly AppFactory _app = new()
    {
        ConfigureHost = b =>
        {
            b.UseSetting("RateLimits:SignInsPerWindow", "3");
            b.UseSetting("RateLimits:ImportsPerWindow", "2");
            b.UseSetting("RateLimits:Window", "00:01:00");
        },
    };

    public Task InitializeAsync() => _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheFourthSignInOfAMinuteIs429WithRetryAfter()
    {
        await PageSession.CreateAsync(_app, new NewUser { Name = "limited", Role = UserRole.Secretariat });
        var session = PageSession.Anonymous(_app);
        for (var i = 0; i < 3; i++)
        {
            var wrong = await session.PostFormAsync("/account/sign-in", new() { ["Name"] = "limited", ["Password"] = $"wrong {i}" });
            Assert.NotEqual(HttpStatusCode.TooManyRequests, wrong.StatusCode);
        }

        var limited = await session.PostFormAsync("/account/sign-in", new() { ["Name"] = "limited", ["Password"] = PageSession.Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        // Showing the page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task ABrowserReadingFrenchIsToldInAFrenchPageToWait()
    {
        await PageSession.CreateAsync(_app, new NewUser { Name = "pressed", Role = UserRole.Secretariat });
        var session = PageSession.Anonymous(_app);
        session.Client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        HttpResponseMessage answer;
        var attempt = 0;
        do
        {
            answer = await session.PostFormAsync("/account/sign-in", new() { ["Name"] = "pressed", ["Password"] = $"wrong {attempt++}" });
        }
        while (answer.StatusCode != HttpStatusCode.TooManyRequests && attempt < 10);

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("Trop de tentatives", page, StringComparison.Ordinal);
        Assert.Contains(">Retour</a>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheThirdImportOfAMinuteIs429AndReadsStayOpen()
    {
        var secretariat = await ApiSession.SecretariatAsync(_app);
        await secretariat.CreateCallAsync(SampleProfiles.Year);
        var url = $"/api/calls/{SampleProfiles.Year}/applicants";
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync(url, SampleProfiles.Applicants));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostCsvAsync(url, SampleProfiles.Applicants));

        var limited = await secretariat.PostCsvAsync(url, SampleProfiles.Applicants);

        await HttpAssert.StatusAsync(HttpStatusCode.TooManyRequests, limited);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        Assert.Contains("try again in", (await limited.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.GetAsync(url));
    }
}
