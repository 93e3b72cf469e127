using System.Globalization;
using System.Security.Claims;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Account;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.RateLimiting.SignIn)]
public sealed class SignInModel(UserStore users, UserLanguages languages) : AppPage
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
                var identity = new ClaimsIdentity(Claims.For(check.User!), CookieAuthenticationDefaults.AuthenticationScheme);
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                if (await languages.GetAsync(check.User!.Id, cancellationToken) is { } language)
                {
                    Localization.PageLanguages.Remember(Response, language);
                }

                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case PasswordCheckResult.LockedOut:
                var paris = CallSchedule.ParisTimeZone();
                var until = TimeZoneInfo.ConvertTime(check.LockedUntil!.Value, paris);
                ModelState.AddModelError("", string.Create(CultureInfo.InvariantCulture,
                    $"Too many failed attempts: this account is locked until {until:HH:mm} (Paris time)."));
                break;
            default:
                ModelState.AddModelError("", "The user name or the password is not right.");
                break;
        }

        Password = "";
        return Page();
    }
}
