using System.Globalization;
using Matchmaking.Core.Notifications;
using Microsoft.AspNetCore.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// English or French pages, per person: the culture cookie (set at sign-in from the person's choice, and by the language
/// switch), else the browser's Accept-Language, else English.
/// </summary>
internal static class PageLanguages
{
    public static IServiceCollection AddPageLanguages(this IServiceCollection services) =>
        services.AddLocalization(o => o.ResourcesPath = "Resources");

    public static IApplicationBuilder UsePageLanguages(this IApplicationBuilder app)
    {
        var cultures = MailLanguage.All.Select(code => new CultureInfo(code)).ToList();
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(MailLanguage.English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        });
    }

    /// <summary>Remembers the language in the culture cookie for a year (unset: the cookie is removed).</summary>
    public static void Remember(HttpResponse response, string? language)
    {
        if (language is null)
        {
            response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
            return;
        }

        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
    }

    /// <summary>The page's language code: "fr" or "en".</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == MailLanguage.French ? MailLanguage.French : MailLanguage.English;
}
