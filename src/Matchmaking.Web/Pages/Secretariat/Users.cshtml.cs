using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Core;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The same services as <c>/api/users</c>: create, list, disable and enable, reset a password, unlock.</summary>
public sealed class UsersModel(UserAccounts accounts, TimeProvider time) : AppPage
{
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Shown once, on this answer only (never in a redirect or a cookie): a new account's or a reset password.</summary>
    public IssuedAccount? Issued { get; private set; }
    public string? ResetFor { get; private set; }
    public string? ResetPassword { get; private set; }

    [BindProperty]
    public NewAccountForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!UserRoles.TryParse(Form.Role, out var role))
        {
            ModelState.AddModelError("Form.Role", "Choose a role: secretariat, coordinator or mentor.");
        }

        CreativeField? field = null;
        if (role == UserRole.Coordinator && !CreativeFields.TryParse(Form.Field, out field))
        {
            ModelState.AddModelError("Form.Field", "A coordinator needs a creative field.");
        }

        if (ModelState.ErrorCount == 0)
        {
            try
            {
                var (result, issued) = await accounts.CreateAsync(
                    new NewUser { Name = Form.Name ?? "", Role = role, Field = field, City = Form.City, CountryCode = Form.CountryCode },
                    Form.Email, Actor, cancellationToken);
                if (issued is null)
                {
                    ModelState.AddModelError("Form.Name", result.Message);
                }
                else
                {
                    Issued = issued;
                    Form = new NewAccountForm();
                    ModelState.Clear();
                }
            }
            catch (ArgumentException e)
            {
                ModelState.AddModelError(e.ParamName == "email" ? "Form.Email" : "Form.Name", ArgumentMessages.Sentence(e));
            }
        }

        Accounts = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string name, CancellationToken cancellationToken)
    {
        var (result, password) = await accounts.ResetPasswordAsync(name, Actor, cancellationToken);
        if (password is null)
        {
            Flash = result.Message;
            return RedirectToPage();
        }

        (ResetFor, ResetPassword) = (name, password);
        Accounts = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        ThenListAsync(accounts.DisableAsync(name, Actor, cancellationToken));

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        ThenListAsync(accounts.EnableAsync(name, Actor, cancellationToken));

    public Task<IActionResult> OnPostUnlockAsync(string name, CancellationToken cancellationToken) =>
        ThenListAsync(accounts.UnlockAsync(name, Actor, cancellationToken));

    private async Task<IActionResult> ThenListAsync(Task<AccountResult> change)
    {
        Flash = (await change).Message;
        return RedirectToPage();
    }

    public sealed class NewAccountForm
    {
        public string? Name { get; set; }
        public string? Role { get; set; }
        public string? Field { get; set; }
        public string? City { get; set; }
        public string? CountryCode { get; set; }
        public string? Email { get; set; }
    }
}
