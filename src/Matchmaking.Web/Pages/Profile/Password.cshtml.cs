using Matchmaking.Core.Users;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Profile;

/// <summary>Everyone's own password, as <c>POST /api/account/password</c>.</summary>
public sealed class PasswordModel(
    UserAccounts accounts, Microsoft.Extensions.Options.IOptions<SignInOptions> signIn, IStringLocalizer<Texts> T) : AppPage
{
    public int MinimumLength => signIn.Value.MinimumLength;

    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? RepeatPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!string.Equals(NewPassword, RepeatPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(RepeatPassword), T["The two new passwords are not the same."]);
            return Page();
        }

        var changed = await accounts.ChangeOwnPasswordAsync(Actor, CurrentPassword, NewPassword, cancellationToken);
        if (changed.Refusal is { } refusal)
        {
            ModelState.AddModelError(refusal.Field == "new_password" ? nameof(NewPassword) : nameof(CurrentPassword), T.Say(refusal.Reason));
            return Page();
        }

        await TemporaryPasswords.ForgetAsync(HttpContext);
        Flash = T["Your password is changed."];
        return Redirect("/");
    }
}
