using System.Net;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>The tasks page says when e-mail delivery is off, so that pending notifications are not mistaken for a fault.</summary>
public sealed class TasksPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task WithDeliveryOffTheTasksPageSaysThatNoMailIsSent()
    {
        await factory.ResetAsync();
        var page = await PageSession.SignInAsync(factory, new NewUser { Name = "tasks-secretariat", Role = UserRole.Secretariat });

        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync("/secretariat/tasks"));

        Assert.Contains("E-mail delivery is off", html, StringComparison.Ordinal);
    }
}
