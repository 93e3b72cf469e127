using System.Globalization;
using System.Security.Claims;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;

namespace Matchmaking.Web.Auth;

/// <summary>The current user travels as claims; <see cref="CurrentUser"/> is rebuilt from them for the shared checks.</summary>
internal static class Claims
{
    private const string FieldClaim = "matchmaking:field";
    private const string CityClaim = "matchmaking:city";
    private const string CountryClaim = "matchmaking:country";

    /// <summary>Signed in with a temporary password: the pages ask for a new one before anything else (<see cref="TemporaryPasswords"/>).</summary>
    public const string TemporaryPasswordClaim = "matchmaking:temporary-password";

    public static IEnumerable<Claim> For(CurrentUser user, bool temporaryPassword = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (temporaryPassword)
        {
            yield return new Claim(TemporaryPasswordClaim, "true");
        }

        yield return new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture));
        yield return new Claim(ClaimTypes.Name, user.Name);
        yield return new Claim(ClaimTypes.Role, user.Role.Code());
        if (user.Field is { } field)
        {
            yield return new Claim(FieldClaim, field.DisplayName());
        }

        if (user.City is { } city)
        {
            yield return new Claim(CityClaim, city);
        }

        if (user.CountryCode is { } country)
        {
            yield return new Claim(CountryClaim, country);
        }
    }

    public static CurrentUser ToCurrentUser(this ClaimsPrincipal principal)
    {
        if (!UserRoles.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            throw new InvalidOperationException("The signed-in user has no known role.");
        }

        return new CurrentUser
        {
            Id = long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture),
            Name = principal.Identity?.Name ?? "",
            Role = role,
            Field = CreativeFields.TryParse(principal.FindFirstValue(FieldClaim), out var field) ? field : null,
            City = principal.FindFirstValue(CityClaim),
            CountryCode = principal.FindFirstValue(CountryClaim),
        };
    }
}
