using System.Net;
using System.Net.Http.Headers;
using Hangfire.States;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Matchmaking.Web.Dashboard;
using Matchmaking.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Dashboard;

/// <summary>
/// The job dashboard at /hangfire through the real host: the secretariat only, by page session or bearer token; everyone else
/// is sent to sign in, told 401, or refused; its buttons need the anti-forgery token; and its looser content security policy
/// stays under /hangfire.
/// </summary>
public sealed class JobDashboardAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task AnAnonymousBrowserIsSentToSignInAndComesBackToTheJobDashboardOnceSignedIn()
    {
        await factory.ResetAsync();
        await PageSession.CreateAsync(factory, new NewUser { Name = "ines-secretariat", Role = UserRole.Secretariat });
        var browser = PageSession.Anonymous(factory);

        var response = await browser.Client.SendAsync(BrowserGet(JobDashboard.Path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Fhangfire", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("Matchmaking jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var signedIn = await browser.PostFormAsync("/account/sign-in?returnUrl=%2Fhangfire",
            new() { ["Name"] = "ines-secretariat", ["Password"] = PageSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(JobDashboard.Path, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnApiCallWithAnUnknownBearerTokenIsAnswered401WithoutARedirect()
    {
        await factory.ResetAsync();
        var client = PageSession.Anonymous(factory).Client;

        var request = BrowserGet(JobDashboard.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "nonsense");
        var response = await client.SendAsync(request);

        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, response);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ACoordinatorIsForbiddenFromTheJobDashboardThroughTheApiAndThePages()
    {
        await factory.ResetAsync();
        var user = new NewUser { Name = "film-desk", Role = UserRole.Coordinator, Field = CreativeField.Film };

        await AssertRefusedAsync(user, "/coordinator");
    }

    [Fact]
    public async Task AMentorCityIsForbiddenFromTheJobDashboardThroughTheApiAndThePages()
    {
        await factory.ResetAsync();
        var user = new NewUser { Name = "bologna-desk", Role = UserRole.Mentor, City = "Bologna", CountryCode = "IT" };

        await AssertRefusedAsync(user, "/mentor");
    }

    [Fact]
    public async Task TheSecretariatOpensTheJobDashboardWithItsSessionOrItsTokenAndFindsItInItsNavigation()
    {
        await factory.ResetAsync();
        var user = new NewUser { Name = "yuki-secretariat", Role = UserRole.Secretariat };
        var token = await PageSession.CreateAsync(factory, user);
        var page = await PageSession.SignInExistingAsync(factory, user.Name);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        foreach (var client in new[] { page.Client, api })
        {
            foreach (var path in new[] { JobDashboard.Path, $"{JobDashboard.Path}/jobs/failed", $"{JobDashboard.Path}/recurring" })
            {
                var response = await client.SendAsync(BrowserGet(path));
                await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
                Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("<title>", html, StringComparison.Ordinal);
                Assert.Contains("Matchmaking jobs", html, StringComparison.Ordinal);
                // Its way back to the application goes to the secretariat's page.
                Assert.Contains("href=\"/secretariat\"", html, StringComparison.Ordinal);
            }
        }

        var home = await page.Client.GetStringAsync("/secretariat");
        Assert.Contains($"<a href=\"{JobDashboard.Path}\">Job dashboard</a>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheJobDashboardAllowsInlineStylesAndNothingMoreWhileTheApplicationsPagesKeepTheStrictPolicy()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "noor-secretariat", Role = UserRole.Secretariat });

        var script = DashboardTasks.ScriptOf(await page.Client.GetStringAsync(JobDashboard.Path));
        foreach (var path in new[] { JobDashboard.Path, $"{JobDashboard.Path}/jobs/failed", script })
        {
            var dashboard = await page.Client.SendAsync(BrowserGet(path));
            Assert.True(dashboard.IsSuccessStatusCode, $"{path} answered {(int)dashboard.StatusCode}");
            var csp = Assert.Single(dashboard.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(SecurityHeaders.DashboardContentSecurityPolicy, csp);
            Assert.Contains("style-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
            // Scripts are not relaxed: no script-src of its own, so default-src 'self' governs them.
            Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Equal("DENY", Assert.Single(dashboard.Headers.GetValues("X-Frame-Options")));
        }

        foreach (var path in new[] { "/secretariat", "/secretariat/tasks", "/account/sign-in", "/hangfire-elsewhere" })
        {
            var other = await page.Client.SendAsync(BrowserGet(path));
            var csp = Assert.Single(other.Headers.GetValues("Content-Security-Policy"));
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ADashboardButtonWithoutTheAntiForgeryTokenIsRefusedAndWithTheTokenDeletesTheJobAndCancelsItsTask()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "tomas-secretariat", Role = UserRole.Secretariat });
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (id, jobId) = await DashboardTasks.WakeBrokenTaskAsync(factory, now.AddDays(1));
        Assert.Equal(ScheduledState.StateName, HangfireJobs.Snapshot(factory.Services, jobId).State);
        var delete = $"{JobDashboard.Path}/jobs/scheduled/delete";

        // A forged post: the signed-in person's cookies, but no token.
        var forged = await page.Client.PostAsync(delete, DeleteForm(jobId));
        Assert.False(forged.IsSuccessStatusCode, $"the post without a token answered {(int)forged.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(ScheduledState.StateName, HangfireJobs.Snapshot(factory.Services, jobId).State);
        Assert.Equal("scheduled", (await DashboardTasks.RowAsync(factory, id)).State);

        // The token is checked, not just looked for: an altered one is refused too.
        var html = await page.Client.GetStringAsync($"{JobDashboard.Path}/jobs/scheduled");
        var (header, token) = DashboardTasks.AntiforgeryOf(html);
        Assert.Equal("RequestVerificationToken", header);
        using var wrongToken = new HttpRequestMessage(HttpMethod.Post, delete) { Content = DeleteForm(jobId) };
        wrongToken.Headers.Add(header, token[..^4] + "AAAA");
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await page.Client.SendAsync(wrongToken));
        Assert.Equal(ScheduledState.StateName, HangfireJobs.Snapshot(factory.Services, jobId).State);

        using var genuine = new HttpRequestMessage(HttpMethod.Post, delete) { Content = DeleteForm(jobId) };
        genuine.Headers.Add(header, token);
        var deleted = await page.Client.SendAsync(genuine);

        Assert.True(deleted.IsSuccessStatusCode, $"the post with the page's token answered {(int)deleted.StatusCode}");
        Assert.Equal(DeletedState.StateName, HangfireJobs.Snapshot(factory.Services, jobId).State);
        Assert.Equal("cancelled", (await DashboardTasks.RowAsync(factory, id)).State);
        Assert.Equal(["cancel by secretariat:tomas-secretariat (job dashboard)"], await DashboardTasks.AuditAsync(factory, id));
    }

    /// <summary>A refused person sees no dashboard, by token (403) or by session (the "Not allowed" page, itself a 403).</summary>
    private async Task AssertRefusedAsync(NewUser user, string ownPage)
    {
        var token = await PageSession.CreateAsync(factory, user);
        var api = factory.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var page = await PageSession.SignInExistingAsync(factory, user.Name);

        foreach (var path in new[] { JobDashboard.Path, $"{JobDashboard.Path}/jobs/failed", $"{JobDashboard.Path}/stats" })
        {
            var byToken = await api.SendAsync(BrowserGet(path));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, byToken);
            Assert.DoesNotContain("Matchmaking jobs", await byToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var bySession = await page.Client.SendAsync(BrowserGet(path));
            Assert.Equal(HttpStatusCode.Redirect, bySession.StatusCode);
            var deniedAt = bySession.Headers.Location!.PathAndQuery;
            Assert.Equal($"/account/access-denied?returnUrl={Uri.EscapeDataString(path)}", deniedAt);
            var denied = await page.Client.SendAsync(BrowserGet(deniedAt));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, denied);
            var shown = await denied.Content.ReadAsStringAsync();
            Assert.Contains("<h1>Not allowed</h1>", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("Matchmaking jobs", shown, StringComparison.Ordinal);
        }

        // A button of the dashboard is refused before its anti-forgery check: the role decides first.
        var trigger = await api.PostAsync($"{JobDashboard.Path}/recurring/trigger",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = Matchmaking.Core.Jobs.RecurringJobsSetup.Sweep }));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, trigger);

        // Nor is it offered: the navigation links it for the secretariat only.
        var own = await page.Client.GetStringAsync(ownPage);
        Assert.DoesNotContain($"href=\"{JobDashboard.Path}\"", own, StringComparison.Ordinal);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(BrowserAccept);
        return request;
    }

    private static FormUrlEncodedContent DeleteForm(string jobId) => new(new Dictionary<string, string> { ["jobs[]"] = jobId });
}
