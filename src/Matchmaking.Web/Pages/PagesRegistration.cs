using Matchmaking.Web.Auth;
using Matchmaking.Web.Security;

namespace Matchmaking.Web.Pages;

/// <summary>The server-rendered pages: one folder per role, guarded by the same policies as the API.</summary>
internal static class PagesRegistration
{
    public static IServiceCollection AddMatchmakingPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizePage("/Index");
            o.Conventions.AuthorizeFolder("/Secretariat", Policies.Secretariat);
            o.Conventions.AuthorizeFolder("/Coordinator", Policies.Coordinator);
            o.Conventions.AuthorizeFolder("/Mentor", Policies.Mentor);
            o.Conventions.AuthorizeFolder("/Profile");
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.ConfigureFilter(new TemporaryPasswords());
        }).AddCookieTempDataProvider(o =>
        {
            o.Cookie.Name = "matchmaking.message";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "matchmaking.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Security headers first, so that every response carries them, even the static stylesheet and errors.</summary>
    public static IApplicationBuilder UseMatchmakingPageSecurity(this IApplicationBuilder app) =>
        app.UseSecurityHeaders().UseStaticFiles();
}
