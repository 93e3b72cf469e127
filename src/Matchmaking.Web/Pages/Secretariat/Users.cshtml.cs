using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The same services as <c>/api/users</c>: create, list, disable and enable, reset a password, unlock.</summary>
public sealed class UsersModel(UserAccounts accounts, TimeProvider time, IStringLocalizer<Texts> T) : AppPage
{
    public IReadOnlyList<UserAccount> Accounts { get; private set; } = [];
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Shown once, on this answer only (never in a redirect or a cookie): a new account's or a reset password.</summary>
    public IssuedAccount? Issued { get; private set; }
    public IssuedPassword? Reset { get; private set; }

    [BindProperty]
    public NewAccountForm Form { get; set; } = new();

    /// <summary>The form's fields by the names the service gives them in a refusal, with the id of their input.</summary>
    private static readonly Dictionary<string, (string Key, string Input)> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = ("Form.Name", "new-name"),
        ["role"] = ("Form.Role", "new-role"),
        ["creative_field"] = ("Form.Field", "new-field"),
        ["city"] = ("Form.City", "new-city"),
        ["country_code"] = ("Form.CountryCode", "new-country"),
        ["email"] = ("Form.Email", "new-email"),
    };

    /// <summary>The invalid fields of the new-user form, in its order, each with the id of its input (for the summary's links).</summary>
    public IEnumerable<(string Input, string Message)> FormErrors =>
        Fields.Values.SelectMany(f => ModelState.TryGetValue(f.Key, out var entry)
            ? entry.Errors.Select(e => (f.Input, e.ErrorMessage))
            : []);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await accounts.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!UserRoles.TryParse(Form.Role, out var role))
        {
            ModelState.AddModelError("Form.Role", T["Choose a role: secretariat, coordinator or mentor."]);
        }

        CreativeField? field = null;
        if (role == UserRole.Coordinator && !CreativeFields.TryParse(Form.Field, out field))
        {
            ModelState.AddModelError("Form.Field", T.Say(new Phrase("coordinator_needs_field")));
        }

        if (ModelState.ErrorCount == 0)
        {
            var created = await accounts.CreateAsync(
                new NewUser { Name = Form.Name ?? "", Role = role, Field = field, City = Form.City, CountryCode = Form.CountryCode },
                Form.Email, Actor, cancellationToken);
            if (created.Refusal is { } refusal)
            {
                var key = refusal.Field is { } name && Fields.TryGetValue(name, out var f) ? f.Key : "Form.Name";
                ModelState.AddModelError(key, T.Say(refusal.Reason));
            }
            else
            {
                Issued = created.Value;
                Form = new NewAccountForm();
                ModelState.Clear();
            }
        }

        Accounts = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(string name, CancellationToken cancellationToken)
    {
        var reset = await accounts.ResetPasswordAsync(name, Actor, cancellationToken);
        if (reset.Refusal is { } refusal)
        {
            Flash = T.Say(refusal.Reason);
            return RedirectToPage();
        }

        Reset = reset.Value;
        Accounts = await accounts.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        ThenList(await accounts.DisableAsync(name, Actor, cancellationToken),
            T["User '{0}' is disabled: their token and password no longer work.", name]);

    public async Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        ThenList(await accounts.EnableAsync(name, Actor, cancellationToken), T["User '{0}' is enabled again.", name]);

    public async Task<IActionResult> OnPostUnlockAsync(string name, CancellationToken cancellationToken) =>
        ThenList(await accounts.UnlockAsync(name, Actor, cancellationToken), T["User '{0}' is unlocked and can sign in again.", name]);

    private RedirectToPageResult ThenList(Outcome<UserAccount> change, string done)
    {
        Flash = change.Refusal is { } refusal ? T.Say(refusal.Reason) : done;
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
