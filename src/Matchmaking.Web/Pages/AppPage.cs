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
}
