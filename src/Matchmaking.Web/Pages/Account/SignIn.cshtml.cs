using System.Globalization;
using System.Security.Claims;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.RateLimiting.SignIn)]
public sealed class SignInModel(UserStore users, UserLanguages languages, IStringLocalizer<Texts> T) : AppPage
{
    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var check = await users.VerifyPasswordAsync(Name ?? "", Password ?? "", cancellationToken);
        switch (check.Result)
        {
            case PasswordCheckResult.Succeeded:
                var identity = new ClaimsIdentity(Claims.For(check.User!, check.MustChangePassword), CookieAuthenticationDefaults.AuthenticationScheme);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                if (await languages.GetAsync(check.User!.Id, cancellationToken) is { } language)
                {
                    Localization.PageLanguages.Remember(Response, language);
                }

                return check.MustChangePassword
                    ? LocalRedirect("/account/password")
                    : LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case PasswordCheckResult.LockedOut:
                var paris = CallSchedule.ParisTimeZone();
                var until = TimeZoneInfo.ConvertTime(check.LockedUntil!.Value, paris);
                ModelState.AddModelError("", T["Too many failed attempts: this account is locked until {0} (Paris time).",
                    until.ToString("HH:mm", CultureInfo.InvariantCulture)]);
                break;
            default:
                ModelState.AddModelError("", T["The user name or the password is not right."]);
                break;
        }

        Password = "";
        return Page();
    }
}
