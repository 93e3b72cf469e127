using System.Net;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using System.Net.Http.Json;
using Matchmaking.IntegrationTests.Pairing;

namespace Matchmaking.IntegrationTests.Api;

public sealed class AuthorizationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Year = SampleProfiles.Year;

    [Fact]
    public async Task RequestsWithoutATokenOrWithAnUnknownTokenAreUnauthorized()
    {
        await factory.ResetAsync();
        var anonymous = factory.CreateClient();
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync($"/api/calls/{Year}/applicants"));

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "mm_not-a-real-token");
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await anonymous.PostAsync($"/api/calls/{Year}/rounds", null));
    }

    [Fact]
    public async Task OnlyTheSecretariatImportsAndStartsRounds()
    {
        await factory.ResetAsync();
        var coordinator = await ApiSession.CoordinatorAsync(factory, CreativeField.Music);
        var mentor = await ApiSession.MentorAsync(factory, "Liverpool", "GB");
        foreach (var client in new[] { coordinator, mentor })
        {
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors));
            await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await client.PostAsync($"/api/calls/{Year}/rounds", null));
        }
    }

    [Fact]
    public async Task ACoordinatorSeesOnlyTheApplicantsOfTheirField()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await secretariat.PostCsvAsync($"/api/calls/{Year}/applicants", SampleProfiles.Applicants);
        var film = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);

        var seen = await (await film.GetAsync($"/api/calls/{Year}/applicants")).JsonAsync();

        var ids = seen.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(["app-late"], ids);
    }

    [Fact]
    public async Task AMentorCityEditsItsOwnOfferButNotAnotherCitys()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        await secretariat.PostCsvAsync($"/api/calls/{Year}/mentors", SampleProfiles.Mentors);
        var liverpool = await ApiSession.MentorAsync(factory, "Liverpool", "GB");

        var own = new
        {
            id = "mentor-liverpool", city = "Liverpool", country_code = "GB", creative_field = "Music", languages = new[] { "en", "fr" },
            capacity = 3, expertise = "Music export offices and festival strategy", support_forms = new[] { "technical_assistance" },
            member_since = 2015,
        };
        var saved = await liverpool.PutAsJsonAsync($"/api/calls/{Year}/mentors/mentor-liverpool", own);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, saved);
        Assert.Equal(3, (await saved.JsonAsync()).GetProperty("capacity").GetInt32());

        var bologna = new
        {
            id = "mentor-bologna", city = "Bologna", country_code = "IT", creative_field = "Music", languages = new[] { "it" },
            capacity = 5, expertise = "taken over", support_forms = Array.Empty<string>(), member_since = 2006,
        };
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden,
            await liverpool.PutAsJsonAsync($"/api/calls/{Year}/mentors/mentor-bologna", bologna));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await liverpool.GetAsync($"/api/calls/{Year}/mentors/mentor-bologna"));
    }
}
