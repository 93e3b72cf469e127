using System.Globalization;
using Hangfire;
using Hangfire.Dashboard;
using Matchmaking.Core.Notifications;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;

namespace Matchmaking.Web.Dashboard;

/// <summary>
/// Hangfire's dashboard at /hangfire, for the secretariat only. Access is the app's own authorization policy (endpoint
/// routing), so a page session or a bearer token works, an anonymous browser is sent to the sign-in page, an anonymous API
/// call gets 401 and every other role 403. Its buttons (retry, delete, trigger now) post with ASP.NET Core's anti-forgery
/// token, which Hangfire checks whenever the antiforgery service is registered (the Razor Pages register it).
/// It reads as the other pages: in the person's language (Hangfire ships French), day-first 24-hour formats, Paris time.
/// </summary>
internal static class JobDashboard
{
    public const string Path = "/hangfire";

    private static int scriptAdded;

    public static void MapJobDashboard(this IEndpointRouteBuilder app)
    {
        // Hangfire's routes are static, shared by every host in the process (the tests run several): the script goes in once.
        if (Interlocked.Exchange(ref scriptAdded, 1) == 0)
        {
            DashboardRoutes.AddJavaScript(typeof(JobDashboard).Assembly, "Matchmaking.Web.Dashboard.paris-time.js");
        }

        app.MapHangfireDashboardWithAuthorizationPolicy(Policies.Secretariat, Path, new DashboardOptions
        {
            DashboardTitle = "Matchmaking jobs",
            AppPath = "/secretariat",
            DisplayStorageConnectionString = false,
            StatsPollingInterval = 5_000,
        }).Add(endpoint =>
        {
            var next = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
            {
                // The page's language (cookie or Accept-Language) with the British English formats rather than US ones.
                var culture = new CultureInfo(PageLanguages.Current == MailLanguage.French ? "fr-FR" : "en-GB");
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                return next(context);
            };
        });
    }
}
