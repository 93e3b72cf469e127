using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Matchmaking.Web.Auth;

/// <summary>
/// A temporary password was seen by the secretariat as well as its owner: a page session signed in with one goes to
/// <c>/account/password</c> whatever page it asks for, until its owner has chosen their own (the sign-out, sign-in and language
/// pages stay open). The API's bearer token is not held back: it is a separate credential, issued once to its owner and
/// unchanged by a reset, and programs using it cannot answer a password page (they change it with
/// <c>POST /api/account/password</c> if they want).
/// </summary>
internal sealed class TemporaryPasswords : IAsyncPageFilter
{
    public const string PasswordPage = "/Profile/Password";

    public static bool Holds(ClaimsPrincipal user) => user.HasClaim(c => c.Type == Claims.TemporaryPasswordClaim);

    /// <summary>The owner has chosen their own password: the session goes on without the duty.</summary>
    public static async Task ForgetAsync(HttpContext context)
    {
        if (!Holds(context.User) || context.User.Identity is not ClaimsIdentity identity)
        {
            return;
        }

        var renewed = new ClaimsIdentity(identity.Claims.Where(c => c.Type != Claims.TemporaryPasswordClaim), identity.AuthenticationType);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(renewed));
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (Holds(context.HttpContext.User) && page != PasswordPage && !page.StartsWith("/Account/", StringComparison.Ordinal))
        {
            context.Result = new RedirectResult("/account/password");
            return;
        }

        await next();
    }
}
