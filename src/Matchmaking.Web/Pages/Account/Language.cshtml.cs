using Matchmaking.Core.Notifications;
using Matchmaking.Core.Users;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Account;

/// <summary>
/// The language switch of every page: remembered in the browser, and for a signed-in person as their choice, which their
/// mail follows too (as <c>PUT /api/account/language</c>).
/// </summary>
public sealed class LanguageModel(UserLanguages languages) : AppPage
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl, CancellationToken cancellationToken)
    {
        var chosen = MailLanguage.IsKnown(language) ? language : MailLanguage.English;
        PageLanguages.Remember(Response, chosen);
        if (User.Identity?.IsAuthenticated == true)
        {
            await languages.SetAsync(Actor, chosen, cancellationToken);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
