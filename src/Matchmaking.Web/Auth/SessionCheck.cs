using Matchmaking.Core.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Matchmaking.Web.Auth;

/// <summary>
/// A session lasts hours; the person behind it may be removed or given another role, field or city meanwhile. Each
/// request re-reads the user (one indexed query) and ends the session when what it was signed in as no longer holds.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            return;
        }

        var signedIn = context.Principal.ToCurrentUser();
        var users = context.HttpContext.RequestServices.GetRequiredService<UserStore>();
        var current = await users.FindByNameAsync(signedIn.Name, context.HttpContext.RequestAborted);
        if (current is null || current.Id != signedIn.Id || current.Role != signedIn.Role || current.Field != signedIn.Field
            || !string.Equals(current.City, signedIn.City, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
