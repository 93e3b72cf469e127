using System.Net;
using Matchmaking.Cli;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.IntegrationTests.Pages;

public sealed class SignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountAgainstEvenTheRightOneUntilTheLockoutHasPassed()
    {
        await factory.ResetAsync();
        await PageSession.CreateAsync(factory, new NewUser { Name = "lena-secretariat", Role = UserRole.Secretariat });
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var users = new UserStore(factory.Services.GetRequiredService<NpgsqlDataSource>(), clock, Options.Create(new SignInOptions()));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(PasswordCheckResult.Failed, (await users.VerifyPasswordAsync("lena-secretariat", "guess " + attempt, default)).Result);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var fifth = await users.VerifyPasswordAsync("lena-secretariat", "guess 5", default);
        Assert.Equal(PasswordCheckResult.LockedOut, fifth.Result);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(15), fifth.LockedUntil);
        Assert.Equal(PasswordCheckResult.LockedOut, (await users.VerifyPasswordAsync("lena-secretariat", PageSession.Password, default)).Result);

        clock.Advance(TimeSpan.FromMinutes(15));
        var after = await users.VerifyPasswordAsync("lena-secretariat", PageSession.Password, default);
        Assert.Equal(PasswordCheckResult.Succeeded, after.Result);
        Assert.Equal(UserRole.Secretariat, after.User!.Role);
    }

    [Fact]
    public async Task FailuresFurtherApartThanTheWindowDoNotAddUpToALockout()
    {
        await factory.ResetAsync();
        await PageSession.CreateAsync(factory, new NewUser { Name = "omar-secretariat", Role = UserRole.Secretariat });
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var users = new UserStore(factory.Services.GetRequiredService<NpgsqlDataSource>(), clock, Options.Create(new SignInOptions()));

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            Assert.Equal(PasswordCheckResult.Failed, (await users.VerifyPasswordAsync("omar-secretariat", "typo", default)).Result);
            clock.Advance(TimeSpan.FromMinutes(16));
        }

        Assert.Equal(PasswordCheckResult.Succeeded, (await users.VerifyPasswordAsync("omar-secretariat", PageSession.Password, default)).Result);
    }

    [Fact]
    public async Task APageSendsAStrangerToSignInWhileTheApiAnswers401AndAWrongPasswordIsToldWithoutSayingWhichPartWasWrong()
    {
        await factory.ResetAsync();
        var stranger = PageSession.Anonymous(factory);

        var page = await stranger.Client.GetAsync("/secretariat");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await stranger.Client.GetAsync("/api/calls"));

        var wrong = await stranger.PostFormAsync("/account/sign-in", new() { ["Name"] = "nobody", ["Password"] = "whatever it is" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("The user name or the password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteAndEveryResponseForbidsFramingAndForeignScripts()
    {
        await factory.ResetAsync();
        await PageSession.CreateAsync(factory, new NewUser { Name = "sara-secretariat", Role = UserRole.Secretariat });
        var session = PageSession.Anonymous(factory);

        var signIn = await session.PostFormAsync("/account/sign-in", new() { ["Name"] = "sara-secretariat", ["Password"] = PageSession.Password });

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("matchmaking.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var home = await session.Client.GetAsync("/secretariat");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, home);
        var csp = string.Join(' ', home.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(home.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(home.Headers.GetValues("X-Content-Type-Options")));

        // A form without its anti-forgery token is refused even from a signed-in person.
        var forged = await session.Client.PostAsync("/secretariat/rounds", new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2027" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task UsersAddWithPasswordStdinLetsThePersonSignInToThePagesAndStillPrintsTheToken()
    {
        await factory.ResetAsync();
        Environment.SetEnvironmentVariable("ConnectionStrings__Matchmaking", factory.ConnectionString);
        int code;
        string token;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            code = await CliApp.RunAsync(["users", "add", "--role", "coordinator", "--field", "Film", "--name", "film-desk", "--password-stdin"],
                new StringReader(PageSession.Password + "\n"), output, error, CancellationToken.None);
            Assert.True(code == 0, error.ToString());
            token = output.ToString().Trim();
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Matchmaking", null);
        }

        Assert.StartsWith("mm_", token, StringComparison.Ordinal);
        var session = await PageSession.SignInExistingAsync(factory, "film-desk");
        var home = await session.Client.GetAsync("/");
        Assert.Equal("/coordinator", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ASessionEndsWhenItsPersonIsGivenAnotherFieldOrRemoved()
    {
        await factory.ResetAsync();
        var session = await PageSession.SignInAsync(factory,
            new NewUser { Name = "music-desk", Role = UserRole.Coordinator, Field = CreativeField.Music });
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/coordinator")).StatusCode);

        await using (var connection = factory.OpenConnection())
        await using (var command = new NpgsqlCommand("UPDATE users SET creative_field = 'Film' WHERE name = 'music-desk'", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        var after = await session.Client.GetAsync("/coordinator");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.PathAndQuery ?? after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
