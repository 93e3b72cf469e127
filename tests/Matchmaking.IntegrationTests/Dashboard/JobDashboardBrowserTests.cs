using System.Text.RegularExpressions;
using Hangfire.States;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Hosting;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Matchmaking.Web.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Matchmaking.IntegrationTests.Dashboard;

/// <summary>
/// The job dashboard in Debian's Chromium: reached from the secretariat's page, clean under its CSP, and its Requeue button.
/// </summary>
public sealed class JobDashboardBrowserTests(DashboardBrowserHost host, ITestOutputHelper output) : IClassFixture<DashboardBrowserHost>
{
    private const string Secretariat = "amara-secretariat";
    private static readonly string Screenshots = Path.Combine(RepositoryRoot.Find(), "docs", "screenshots");

    [Fact]
    public async Task TheSecretariatOpensTheJobDashboardFromItsPageWithoutErrorsAndItsRequeueRetriesADeadLetteredTask()
    {
        await host.App.ResetAsync();
        await PageSession.CreateAsync(host.App, new NewUser { Name = Secretariat, Role = UserRole.Secretariat });
        var (id, failedJob) = await DeadLetterABrokenTaskAsync();

        var problems = new List<string>();
        var page = await host.SignInAsync(Secretariat, p => WatchAsync(p, problems));
        Assert.EndsWith("/secretariat", page.Url, StringComparison.Ordinal);

        // The link in the secretariat's navigation, and the dashboard it opens. What the application's own pages logged on the
        // way is theirs, not the dashboard's: it goes to the test output.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        lock (problems)
        {
            problems.ForEach(p => output.WriteLine($"before the dashboard: {p}"));
            problems.Clear();
        }

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Job dashboard" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == JobDashboard.Path);
        await Expect(page).ToHaveTitleAsync(new Regex("Matchmaking jobs"));
        var menu = page.Locator(".navbar");
        await Expect(menu.GetByRole(AriaRole.Link, new() { NameRegex = new("^Jobs") })).ToBeVisibleAsync();
        // This host's worker is the one job server, and the realtime chart is drawn (by Chart.js, the reason for the
        // dashboard's inline-style allowance).
        await Expect(menu.GetByRole(AriaRole.Link, new() { NameRegex = new(@"^Servers\s+1$") })).ToBeVisibleAsync();
        await Expect(page.Locator("canvas#realtimeGraph.chartjs-render-monitor")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "job-dashboard.png") });
        AssertNoProblems(problems);

        // Jobs > Failed lists the dead-lettered task's job under its title; its page shows why it failed, and Requeue sends it
        // back to the worker.
        await menu.GetByRole(AriaRole.Link, new() { NameRegex = new("^Jobs") }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Failed") }).ClickAsync();
        var details = $"{JobDashboard.Path}/jobs/details/{failedJob}";
        var row = page.Locator("tr.js-jobs-list-row", new() { Has = page.Locator($"a[href='{details}']") });
        await Expect(page.Locator("tr.js-jobs-list-row")).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(DashboardTasks.Title);
        await row.Locator("a.job-method").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == details);
        await Expect(page.Locator("h1")).ToContainTextAsync(DashboardTasks.Title);
        await Expect(page.Locator(".state-card-state-danger .exception-type")).ToContainTextAsync(nameof(FollowUpDeadLetteredException));
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Requeue", Exact = true }).ClickAsync();

        // The task follows: its attempts start over and the requeued run is its first (so it waits for a retry, instead of
        // being dead-lettered again as its third), all under the secretariat member who pressed the button.
        var task = await WaitForRowAsync(id, r => r.State == "scheduled" && r.Attempts == 1 && r.JobId != failedJob);
        Assert.NotNull(task.NextAttemptAt);
        Assert.Equal(ScheduledState.StateName, HangfireJobs.Snapshot(host.App.Services, task.JobId!).State);
        Assert.NotEqual(FailedState.StateName, HangfireJobs.Snapshot(host.App.Services, failedJob).State);
        Assert.Equal([$"retry by secretariat:{Secretariat} (job dashboard)"], await DashboardTasks.AuditAsync(host.App, id));

        // The failed list no longer shows it. In a tab of its own: the dashboard reloads the job's page after a requeue,
        // whenever its script gets to it, and that reload would interrupt a navigation in the same tab.
        var list = await page.Context.NewPageAsync();
        await WatchAsync(list, problems);
        await list.GotoAsync($"{JobDashboard.Path}/jobs/failed");
        await Expect(list.Locator("tr.js-jobs-list-row")).ToHaveCountAsync(0);
        AssertNoProblems(problems);
    }

    private static void AssertNoProblems(List<string> problems)
    {
        lock (problems)
        {
            Assert.True(problems.Count == 0, "the dashboard logged errors:\n" + string.Join('\n', problems));
        }
    }

    /// <summary>Console errors, uncaught exceptions and CSP violations (reported by an init script, which no CSP blocks).</summary>
    private static async Task WatchAsync(IPage page, List<string> problems)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (problems)
                {
                    problems.Add($"console error at {message.Location}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"page error: {error}");
            }
        };
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}`));
            """);
    }

    /// <summary>
    /// A task whose work always fails, woken now: its first failure schedules a retry, which the test runs at once (Hangfire
    /// schedules by the wall clock); the second failure dead-letters the task and fails its Hangfire job.
    /// </summary>
    private async Task<(long Id, string FailedJob)> DeadLetterABrokenTaskAsync()
    {
        var now = host.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var (id, firstJob) = await DashboardTasks.WakeBrokenTaskAsync(host.App, now);
        var retry = await WaitForRowAsync(id, r => r.Attempts == 1 && r.JobId != firstJob && r.JobId is not null);
        await HangfireJobs.WaitForStateAsync(host.App.Services, retry.JobId!, ScheduledState.StateName);
        HangfireJobs.TriggerNow(host.App.Services, retry.JobId!);
        var dead = await WaitForRowAsync(id, r => r.State == "dead_lettered");
        Assert.Equal(DashboardBrowserHost.MaxAttempts, dead.Attempts);
        await HangfireJobs.WaitForStateAsync(host.App.Services, dead.JobId!, FailedState.StateName);
        return (id, dead.JobId!);
    }

    private Task<TaskRow> WaitForRowAsync(long id, Func<TaskRow, bool> done) =>
        Eventually.UntilAsync(
            () => DashboardTasks.RowAsync(host.App, id), done,
            row => $"task {id} stayed {row.State} with {row.Attempts} attempts and job {row.JobId}");
}
