namespace Matchmaking.Web.Security;

/// <summary>
/// Headers on every response: a content security policy that allows only this origin's own scripts, styles and images
/// (the pages use none inline), no framing, no MIME sniffing, and no referrer leaving the site.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The job dashboard's: the same, but for inline styles, which its charting library injects (a style element for its size
    /// monitor). Its scripts stay this origin's own files; nothing else is relaxed, and only under /hangfire.
    /// </summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
        + "form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Decided on the path as the request came in: the dashboard's endpoint moves /hangfire into PathBase (UsePathBase)
        // before it writes its pages, so by the time the response starts Request.Path no longer starts with it.
        var policy = context.Request.Path.StartsWithSegments(Dashboard.JobDashboard.Path)
            ? DashboardContentSecurityPolicy
            : ContentSecurityPolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
