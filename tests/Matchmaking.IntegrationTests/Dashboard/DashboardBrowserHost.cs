using Matchmaking.IntegrationTests.Pages;
using Microsoft.AspNetCore.Hosting;

namespace Matchmaking.IntegrationTests.Dashboard;

/// <summary>
/// <see cref="BrowserHost"/> (the real host on Kestrel, Debian's Chromium) for a host whose follow-ups give up after two
/// attempts, so that a task is dead-lettered, and its Hangfire job failed, within seconds.
/// </summary>
public sealed class DashboardBrowserHost : BrowserHost
{
    public const int MaxAttempts = 2;

    public DashboardBrowserHost()
        : base(b => b.UseSetting("Lifecycle:MaxAttempts", $"{MaxAttempts}"))
    {
    }
}
