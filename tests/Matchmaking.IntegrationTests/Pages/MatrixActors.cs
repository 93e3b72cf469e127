using System.Net.Http.Headers;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>Who tries an action, relative to what it acts on: the owner's field or city, another one, or none.</summary>
public enum Who
{
    Nobody,
    Secretariat,
    OwnCoordinator,
    OtherCoordinator,
    OwnMentor,
    OtherMentor,
}

/// <summary>What an action acts on: a creative field and a mentor city (either may be absent).</summary>
public sealed record Owner(CreativeField? Field, string? City, string? CountryCode);

/// <summary>The people of the matrix, each signed in once for the pages and once for the API.</summary>
public sealed class MatrixActors(AppFactory factory)
{
    private readonly Dictionary<string, (PageSession Page, HttpClient Api)> _sessions = new(StringComparer.Ordinal);

    public async Task<(PageSession Page, HttpClient Api)> ForAsync(Who who, Owner owner)
    {
        if (who == Who.Nobody)
        {
            return (PageSession.Anonymous(factory), factory.CreateClient());
        }

        var user = UserFor(who, owner);
        if (!_sessions.TryGetValue(user.Name, out var session))
        {
            var token = await PageSession.CreateAsync(factory, user);
            var api = factory.CreateClient();
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            session = (await PageSession.SignInExistingAsync(factory, user.Name), api);
            _sessions[user.Name] = session;
        }

        return session;
    }

    private static NewUser UserFor(Who who, Owner owner)
    {
        var field = owner.Field ?? CreativeField.Music;
        var other = CreativeFields.All.First(f => f != field);
        return who switch
        {
            Who.Secretariat => new NewUser { Name = "matrix-secretariat", Role = UserRole.Secretariat },
            Who.OwnCoordinator => Coordinator(field),
            Who.OtherCoordinator => Coordinator(other),
            Who.OwnMentor => Mentor(owner.City ?? "Bologna", owner.CountryCode ?? "IT"),
            // A real member city that is not the owner: Bologna, or Liverpool when the owner is Bologna.
            _ => string.Equals(owner.City, "Bologna", StringComparison.Ordinal) ? Mentor("Liverpool", "GB") : Mentor("Bologna", "IT"),
        };
    }

    private static NewUser Coordinator(CreativeField field) => new()
    {
        Name = $"matrix-coordinator-{CityNames.Key(field.DisplayName()).Replace(' ', '-')}", Role = UserRole.Coordinator, Field = field,
    };

    private static NewUser Mentor(string city, string country) => new()
    {
        Name = $"matrix-mentor-{CityNames.Key(city).Replace(' ', '-')}-{country}", Role = UserRole.Mentor, City = city, CountryCode = country,
    };
}
