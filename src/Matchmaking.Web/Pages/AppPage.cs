using Matchmaking.Core.Users;
using Matchmaking.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matchmaking.Web.Pages;

/// <summary>What every page shares: who is acting (for the same checks as the API) and a one-time message.</summary>
public abstract class AppPage : PageModel
{
    internal CurrentUser Actor => User.ToCurrentUser();

    /// <summary>Shown once on the next page, after a redirect.</summary>
    [TempData(Key = "Flash")]
    public string? Flash { get; set; }

    /// <summary>
    /// A 404 that says what is missing ("there is no applicant NOPE"), in the reader's language, on the site's error page:
    /// the address is right, what it names is not.
    /// </summary>
    protected NotFoundResult NotFoundSaying(string detail)
    {
        HttpContext.Items[Account.StatusModel.DetailKey] = detail;
        return NotFound();
    }

    /// <summary>The first error of a form field (its model-state key, <c>Form.City</c>), shown next to the field; null when none.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
