using Matchmaking.Core.Users;
using Microsoft.AspNetCore.Authentication;

namespace Matchmaking.Web.Auth;

internal static class Policies
{
    public const string Secretariat = "secretariat";
    public const string Coordinator = "coordinator";
    public const string Mentor = "mentor";
    public const string SecretariatOrCoordinator = "secretariat-or-coordinator";
    public const string SecretariatOrMentor = "secretariat-or-mentor";

    public static IServiceCollection AddMatchmakingAuth(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Secretariat, p => p.RequireRole(UserRole.Secretariat.Code()))
            .AddPolicy(Coordinator, p => p.RequireRole(UserRole.Coordinator.Code()))
            .AddPolicy(Mentor, p => p.RequireRole(UserRole.Mentor.Code()))
            .AddPolicy(SecretariatOrCoordinator, p => p.RequireRole(UserRole.Secretariat.Code(), UserRole.Coordinator.Code()))
            .AddPolicy(SecretariatOrMentor, p => p.RequireRole(UserRole.Secretariat.Code(), UserRole.Mentor.Code()));
        return services;
    }
}
