using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// A person using the pages over HTTP: a cookie jar, sign-in through the form, and form posts that carry the
/// anti-forgery token as a browser's would. Redirects are not followed, so a test sees where a refusal sends it.
/// </summary>
public sealed partial class PageSession
{
    public const string Password = "correct horse battery staple";

    private PageSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static PageSession Anonymous(AppFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates (or re-keys) the user with <see cref="Password"/> and signs in through the sign-in form.</summary>
    public static async Task<PageSession> SignInAsync(AppFactory factory, NewUser user)
    {
        await CreateAsync(factory, user);
        return await SignInExistingAsync(factory, user.Name);
    }

    /// <summary>Signs in a user that <see cref="CreateAsync"/> made (without rotating their API token).</summary>
    public static Task<PageSession> SignInExistingAsync(AppFactory factory, string name) => SignInWithAsync(factory, name, Password);

    /// <summary>Signs in through the sign-in form with the given password.</summary>
    public static async Task<PageSession> SignInWithAsync(AppFactory factory, string name, string password)
    {
        var session = Anonymous(factory);
        var response = await session.PostFormAsync("/account/sign-in", new() { ["Name"] = name, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {name} answered {(int)response.StatusCode}");
        return session;
    }

    /// <summary>The user with a password; returns their bearer token for the API.</summary>
    public static async Task<string> CreateAsync(AppFactory factory, NewUser user)
    {
        var users = factory.Services.GetRequiredService<UserStore>();
        var issued = await users.AddOrRotateAsync(user, CancellationToken.None);
        await users.SetPasswordAsync(user.Name, Password, CancellationToken.None);
        return issued.Token;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync();
        return await Client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpResponseMessage> PostFileAsync(string url, Dictionary<string, string> fields, string fileName, string content)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        form.Add(new StringContent(await TokenAsync()), "__RequestVerificationToken");
        var file = new StringContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await Client.PostAsync(url, form);
    }

    /// <summary>
    /// A token for this person, from a page every person (even an anonymous one) may open: tokens are bound to the
    /// signed-in user, not to a form, so this one is good for any form the person may send.
    /// </summary>
    private async Task<string> TokenAsync()
    {
        var html = await Client.GetStringAsync("/account/sign-out");
        return TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No anti-forgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
