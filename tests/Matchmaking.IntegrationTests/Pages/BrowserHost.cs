using System.Net;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// The real host on Kestrel at a free loopback port (a browser cannot reach the in-memory test server), on a database
/// of its own, and Debian's Chromium driven by Playwright.
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserHost()
        : this(null)
    {
    }

    /// <param name="configureHost">Settings of a fixture's own (see <see cref="AppFactory.ConfigureHost"/>).</param>
    protected BrowserHost(Action<IWebHostBuilder>? configureHost) => App = new AppFactory { ConfigureHost = configureHost };

    public AppFactory App { get; }

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
    /// A fresh browser profile (its own cookies) at the screenshot size, signed in through the sign-in page;
    /// <paramref name="watch"/>, if given, sees the page before its first request.
    /// </summary>
    public async Task<IPage> SignInAsync(string name, Func<IPage, Task>? watch = null, string password = PageSession.Password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1100, Height = 800 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        if (watch is not null)
        {
            await watch(page);
        }

        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }
}
