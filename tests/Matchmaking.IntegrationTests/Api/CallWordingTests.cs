using System.Net;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>A call that does not exist, or a year no call can have, is said in the request's language and points to the calls page.</summary>
public sealed class CallWordingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ARoundForACallNeverCreatedIsRefusedInFrenchPointingToTheCallsPage()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls/2041/rounds");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var response = await secretariat.SendAsync(request);

        await HttpAssert.StatusAsync(HttpStatusCode.NotFound, response);
        var problem = await response.JsonAsync();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Il n'y a pas d'appel 2041\u00a0:", detail, StringComparison.Ordinal);
        Assert.Contains("/secretariat/calls", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("PUT /api/calls", detail, StringComparison.Ordinal);
        Assert.Equal("call_not_found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AYearNoCallCanHaveIsRefusedInFrench()
    {
        await factory.ResetAsync();
        var secretariat = await ApiSession.SecretariatAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls/1900/rounds");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        var response = await secretariat.SendAsync(request);

        await HttpAssert.StatusAsync(HttpStatusCode.BadRequest, response);
        var problem = await response.JsonAsync();
        Assert.StartsWith("L'année d'un appel est comprise entre", problem.GetProperty("errors").GetProperty("year")[0].GetString(), StringComparison.Ordinal);
    }
}
