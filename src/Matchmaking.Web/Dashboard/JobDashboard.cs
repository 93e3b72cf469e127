using Hangfire;
using Matchmaking.Web.Auth;

namespace Matchmaking.Web.Dashboard;

/// <summary>
/// Hangfire's dashboard at /hangfire, for the secretariat only. Access is the app's own authorization policy (endpoint
/// routing), so a page session or a bearer token works, an anonymous browser is sent to the sign-in page, an anonymous API
/// call gets 401 and every other role 403. Its buttons (retry, delete, trigger now) post with ASP.NET Core's anti-forgery
/// token, which Hangfire checks whenever the antiforgery service is registered (the Razor Pages register it).
/// </summary>
internal static class JobDashboard
{
    public const string Path = "/hangfire";

    public static void MapJobDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Secretariat, Path, new DashboardOptions
        {
            DashboardTitle = "Matchmaking jobs",
            AppPath = "/secretariat",
            DisplayStorageConnectionString = false,
            StatsPollingInterval = 5_000,
        });
}
