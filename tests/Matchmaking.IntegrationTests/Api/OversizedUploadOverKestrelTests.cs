using System.Net;
using System.Net.Http.Headers;
using Matchmaking.Core.Users;
using Matchmaking.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.IntegrationTests.Api;

/// <summary>Over real Kestrel and TCP: an upload far over its limit is answered 413, not reset while it is still sent.</summary>
public sealed class OversizedUploadOverKestrelTests : IAsyncLifetime, IDisposable
{
    private readonly AppFactory _app = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var issued = await _app.Services.GetRequiredService<UserStore>()
            .AddOrRotateAsync(new NewUser { Name = "secretariat", Role = UserRole.Secretariat }, CancellationToken.None);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _client?.Dispose();
        _app.Dispose();
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    public async Task AnUploadOfManyMegabytesIsAnswered413WithTheLimit(int megabytes)
    {
        var content = new ByteArrayContent(new byte[megabytes << 20]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await _client.PostAsync("/api/calls/2027/applicants", content);

        await HttpAssert.StatusAsync(HttpStatusCode.RequestEntityTooLarge, response);
        var problem = await response.JsonAsync();
        Assert.Equal(16L << 20, problem.GetProperty("limit_bytes").GetInt64());
        Assert.Contains($"{megabytes} MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The connection is still good for the next request.
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await _client.GetAsync("/api/calls"));
    }
}
