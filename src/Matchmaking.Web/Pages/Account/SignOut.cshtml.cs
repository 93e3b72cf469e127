using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Account;

/// <summary>Signing out is a POST (with its anti-forgery token), so that no link on another site can sign a person out.</summary>
public sealed class SignOutModel : AppPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/account/sign-in");
    }
}
