using Matchmaking.Core.Users;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages;

/// <summary>Sends each person to their role's main page.</summary>
public sealed class IndexModel : AppPage
{
    public IActionResult OnGet() => Actor.Role switch
    {
        UserRole.Secretariat => Redirect("/secretariat"),
        UserRole.Coordinator => Redirect("/coordinator"),
        _ => Redirect("/mentor"),
    };
}
