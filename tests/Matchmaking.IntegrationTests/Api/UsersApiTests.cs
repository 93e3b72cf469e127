using System.Net.Http.Json;
using System.Net;
using System.Net.Http.Headers;
using Dapper;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Matchmaking.IntegrationTests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>The secretariat manages people through <c>/api/users</c>; everyone changes their own password.</summary>
public sealed class UsersApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ADisabledUsersTokenPasswordAndSessionStopWorkingAndEnablingBringsThemBack()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var created = await secretariat.PostJsonAsync("/api/users", new
        {
            name = "mentor-liverpool-2", role = "mentor", city = "liverpool", country_code = "gb", email = "culture@liverpool.example.org",
        });
        await HttpAssert.StatusAsync(HttpStatusCode.Created, created);
        var body = await created.JsonAsync();
        Assert.Equal("Liverpool", body.GetProperty("user").GetProperty("city").GetString());
        Assert.Equal("GB", body.GetProperty("user").GetProperty("country_code").GetString());
        var token = body.GetProperty("token").GetString()!;
        var password = body.GetProperty("temporary_password").GetString()!;
        var mentor = factory.CreateClient();
        mentor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await mentor.GetAsync("/api/calls"));
        var users = factory.Services.GetRequiredService<UserStore>();
        Assert.Equal(PasswordCheckResult.Succeeded, (await users.VerifyPasswordAsync("mentor-liverpool-2", password, default)).Result);
        var session = await PageSession.SignInWithAsync(factory, "mentor-liverpool-2", password);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/password")).StatusCode);
        // A temporary password opens the password page only; the API token works meanwhile.
        Assert.Equal("/account/password", (await session.Client.GetAsync("/mentor")).Headers.Location?.OriginalString);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync("/api/users/mentor-liverpool-2/disable", null));
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await mentor.GetAsync("/api/calls"));
        Assert.Equal(PasswordCheckResult.Failed, (await users.VerifyPasswordAsync("mentor-liverpool-2", password, default)).Result);
        var ended = await session.Client.GetAsync("/mentor");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/account/sign-in", ended.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var listed = (await (await secretariat.GetAsync("/api/users")).JsonAsync()).EnumerateArray()
            .Single(u => u.GetProperty("name").GetString() == "mentor-liverpool-2");
        Assert.Equal("secretariat:secretariat", listed.GetProperty("disabled_by").GetString());
        Assert.Equal("culture@liverpool.example.org", listed.GetProperty("email").GetString());

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync("/api/users/mentor-liverpool-2/enable", null));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await mentor.GetAsync("/api/calls"));
        Assert.Equal(
            ["create", "disable", "enable"],
            await AuditActionsAsync("mentor-liverpool-2"));
    }

    [Fact]
    public async Task ALockedAccountIsUnlockedAndAResetPasswordReplacesTheOldOneWhileTheTokenStays()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var token = await PageSession.CreateAsync(factory, new NewUser { Name = "music-lead", Role = UserRole.Coordinator, Field = CreativeField.Music });
        var users = factory.Services.GetRequiredService<UserStore>();
        for (var i = 0; i < 5; i++)
        {
            await users.VerifyPasswordAsync("music-lead", "wrong " + i, default);
        }

        Assert.Equal(PasswordCheckResult.LockedOut, (await users.VerifyPasswordAsync("music-lead", PageSession.Password, default)).Result);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await secretariat.PostAsync("/api/users/music-lead/unlock", null));
        Assert.Equal(PasswordCheckResult.Succeeded, (await users.VerifyPasswordAsync("music-lead", PageSession.Password, default)).Result);
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostAsync("/api/users/music-lead/unlock", null));

        var reset = await secretariat.PostAsync("/api/users/music-lead/reset-password", null);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, reset);
        var temporary = (await reset.JsonAsync()).GetProperty("temporary_password").GetString()!;
        Assert.Equal(PasswordCheckResult.Failed, (await users.VerifyPasswordAsync("music-lead", PageSession.Password, default)).Result);
        Assert.Equal(PasswordCheckResult.Succeeded, (await users.VerifyPasswordAsync("music-lead", temporary, default)).Result);
        var coordinator = factory.CreateClient();
        coordinator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var wrong = await coordinator.PostJsonAsync("/api/account/password", new { current_password = "nope", new_password = "another long secret" });
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, wrong);
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var shortOne = await coordinator.PostJsonAsync("/api/account/password", new { current_password = temporary, new_password = "short" });
        Assert.Contains("at least 10 characters", await shortOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK,
            await coordinator.PostJsonAsync("/api/account/password", new { current_password = temporary, new_password = "another long secret" }));
        Assert.Equal(PasswordCheckResult.Succeeded, (await users.VerifyPasswordAsync("music-lead", "another long secret", default)).Result);
        Assert.Contains("secretariat:secretariat", await AuditActorsAsync("music-lead", "set_password"));
        Assert.Contains("coordinator:music-lead", await AuditActorsAsync("music-lead", "set_password"));
    }

    [Fact]
    public async Task BadAccountsAreRefusedInWordsAndOnlyTheSecretariatManagesPeople()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        var coordinator = await ApiSession.CoordinatorAsync(factory, CreativeField.Film);

        foreach (var (request, words) in new (object Request, string Words)[]
                 {
                     (new { name = "x", role = "mentor", city = "Atlantis" }, "'Atlantis' is not a member city of the network."),
                     (new { name = "x", role = "coordinator" }, "A coordinator needs a creative field"),
                     (new { name = "x", role = "coordinator", creative_field = "Poetry" }, "'Poetry' is not one of"),
                     (new { name = "x", role = "admin" }, "'admin' is not a role"),
                     (new { name = "has space", role = "secretariat" }, "no spaces"),
                     (new { name = "x", role = "secretariat", email = "not-an-address" }, "'not-an-address' is not an e-mail address"),
                 })
        {
            var response = await secretariat.PostJsonAsync("/api/users", request);
            await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains(words, text, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter", text, StringComparison.Ordinal);
        }

        Assert.Null(await factory.Services.GetRequiredService<UserStore>().FindByNameAsync("x", default));
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, await secretariat.PostJsonAsync("/api/users", new { name = "secretariat", role = "secretariat" }));
        var self = await secretariat.PostAsync("/api/users/secretariat/disable", null);
        await HttpAssert.StatusAsync(HttpStatusCode.Conflict, self);
        Assert.Contains("You cannot disable your own account", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, await secretariat.PostAsync("/api/users/nobody-at-all/disable", null));

        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.GetAsync("/api/users"));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostJsonAsync("/api/users", new { name = "y", role = "secretariat" }));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync("/api/users/secretariat/disable", null));
        await HttpAssert.StatusAsync(HttpStatusCode.Forbidden, await coordinator.PostAsync("/api/users/secretariat/reset-password", null));
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await factory.CreateClient().PostJsonAsync("/api/account/password",
            new { current_password = "a", new_password = "bbbbbbbbbbbb" }));
    }

    [Fact]
    public async Task ARefusedAccountIsWordedInTheRequestsLanguageWithItsCodeAndNoCommandLineOption()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        foreach (var (language, words) in new[] { ("en", "A mentor needs a member city."), ("fr", "Un compte de ville mentor a besoin d'une ville membre.") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/users") { Content = JsonContent.Create(new { name = "x", role = "mentor" }) };
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await secretariat.SendAsync(request);

            await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
            var problem = await response.JsonAsync();
            Assert.Equal("mentor_needs_city", problem.GetProperty("code").GetString());
            Assert.Equal(words, problem.GetProperty("errors").GetProperty("city")[0].GetString());
        }
    }

    private async Task<List<string>> AuditActionsAsync(string name)
    {
        await using var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT action FROM audit_log WHERE entity = 'user' AND entity_id = @name AND action <> 'set_password' ORDER BY id", new { name })];
    }

    private async Task<List<string>> AuditActorsAsync(string name, string action)
    {
        await using var connection = await factory.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT actor FROM audit_log WHERE entity = 'user' AND entity_id = @name AND action = @action ORDER BY id", new { name, action })];
    }
}
