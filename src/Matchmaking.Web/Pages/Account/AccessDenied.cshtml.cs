namespace Matchmaking.Web.Pages.Account;

/// <summary>Where a refused page request lands; it answers 403 so that the refusal is visible to tools too.</summary>
public sealed class AccessDeniedModel : AppPage
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
