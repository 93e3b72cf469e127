using System.Net;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Dashboard;

/// <summary>
/// <see cref="BrowserHost"/>'s set-up (the real host on Kestrel, Debian's Chromium) for a host whose follow-ups give up after
/// two attempts, so that a task is dead-lettered, and its Hangfire job failed, within seconds.
/// </summary>
public sealed class DashboardBrowserHost : IAsyncLifetime
{
    public const int MaxAttempts = 2;

    private IPlaywright? _playwright;

    public AppFactory App { get; } = new()
    {
        ConfigureHost = b => b.UseSetting("Lifecycle:MaxAttempts", $"{MaxAttempts}"),
    };

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        App.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await DebianChromium.EnsureInstalledAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = DebianChromium.ExecutablePath, Args = DebianChromium.Args, Headless = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser profile at the screenshot size, signed in through the sign-in page; <paramref name="watch"/> sees the
    /// page before its first request.
    /// </summary>
    public async Task<IPage> SignInAsync(string name, Func<IPage, Task> watch)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await watch(page);
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(PageSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }
}
