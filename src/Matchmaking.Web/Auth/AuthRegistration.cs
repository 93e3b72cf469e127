using Matchmaking.Core.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Matchmaking.Web.Auth;

internal static class Policies
{
    public const string Secretariat = "secretariat";
    public const string Coordinator = "coordinator";
    public const string Mentor = "mentor";
    public const string SecretariatOrCoordinator = "secretariat-or-coordinator";
    public const string SecretariatOrMentor = "secretariat-or-mentor";

    /// <summary>Picks Bearer or the cookie for each request; the policies below do not care which.</summary>
    public const string Smart = "bearer-or-cookie";

    public const string SessionCookie = "matchmaking.session";

    public static IServiceCollection AddMatchmakingAuth(this IServiceCollection services)
    {
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Bearer for the API, the cookie for the pages", o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.ReturnUrlParameter = "returnUrl";
                o.Cookie.Name = SessionCookie;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Secretariat, p => p.RequireRole(UserRole.Secretariat.Code()))
            .AddPolicy(Coordinator, p => p.RequireRole(UserRole.Coordinator.Code()))
            .AddPolicy(Mentor, p => p.RequireRole(UserRole.Mentor.Code()))
            .AddPolicy(SecretariatOrCoordinator, p => p.RequireRole(UserRole.Secretariat.Code(), UserRole.Coordinator.Code()))
            .AddPolicy(SecretariatOrMentor, p => p.RequireRole(UserRole.Secretariat.Code(), UserRole.Mentor.Code()));
        return services;
    }

    /// <summary>
    /// A request with an Authorization header, and every request under /api, authenticates with its bearer token: the
    /// API answers 401/403 and never redirects, and the session cookie never authenticates an API call, so the JSON
    /// endpoints (which carry no anti-forgery token) cannot be driven by another site through a signed-in browser.
    /// Everything else (the pages) uses the session cookie and redirects to the sign-in page. The one exception under /api:
    /// the downloads a page links to (<see cref="PageDownloads"/>) take the page's session.
    /// </summary>
    private static string SchemeFor(HttpContext context) =>
        !PageDownloads.IsPageDownload(context)
        && (context.Request.Headers.Authorization.Count > 0 || context.Request.Path.StartsWithSegments("/api"))
            ? BearerTokenHandler.SchemeName
            : CookieAuthenticationDefaults.AuthenticationScheme;
}
