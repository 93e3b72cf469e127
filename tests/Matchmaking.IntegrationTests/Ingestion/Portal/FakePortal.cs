using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>
/// The applications portal as its contract says (see PortalClient), served by a real Kestrel on 127.0.0.1 with a port of its
/// own: paged feeds with an ETag per page and 304 for a matching If-None-Match, plus faults a test scripts per page.
/// </summary>
internal sealed class FakePortal : IAsyncDisposable
{
    public enum Fault
    {
        /// <summary>503 Service Unavailable.</summary>
        Unavailable,

        /// <summary>No answer until the client gives up.</summary>
        Hang,

        /// <summary>200 with an HTML error page where the JSON should be.</summary>
        Garbage,

        /// <summary>200 with the first half of the page's JSON, then the connection is cut.</summary>
        HalfPage,
    }

    public sealed record Request(string Feed, int Page, string? PageSize, string? IfNoneMatch, string? Authorization, int Status);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<(string Feed, int Page), ConcurrentQueue<Fault>> faults = new();
    private readonly ConcurrentDictionary<string, string[]> feeds = new(StringComparer.Ordinal);
    private volatile bool down;

    private FakePortal(WebApplication app) => this.app = app;

    /// <summary>Without a trailing slash and below a path, as an operator might well write it.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>While down, every request is answered 503.</summary>
    public bool Down { get => down; set => down = value; }

    public static async Task<FakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var portal = new FakePortal(builder.Build());
        portal.app.MapGet("/portal-api/calls/{year:int}/{feed}", portal.ServeAsync);
        await portal.app.StartAsync();
        var address = portal.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        portal.BaseUrl = new Uri(address.TrimEnd('/') + "/portal-api");
        return portal;
    }

    /// <summary>The feed's pages, each a JSON array of items.</summary>
    public void Serve(string feed, params string[] pages) => feeds[feed] = pages;

    /// <summary>The next requests of that page meet these faults, one per request, before it is served normally.</summary>
    public void Script(string feed, int page, params Fault[] next) =>
        faults[(feed, page)] = new ConcurrentQueue<Fault>(next);

    public IReadOnlyList<Request> RequestsFor(string feed, int page) => Requests.Where(r => r.Feed == feed && r.Page == page).ToList();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(string feed, HttpContext context)
    {
        var query = context.Request.Query;
        var page = int.Parse(query["page"].ToString(), CultureInfo.InvariantCulture);
        var status = await RespondAsync(feed, page, context);
        Requests.Enqueue(new Request(feed, page, query["page_size"].ToString(), Header(context, "If-None-Match"),
            Header(context, "Authorization"), status));
    }

    private async Task<int> RespondAsync(string feed, int page, HttpContext context)
    {
        var response = context.Response;
        if (Down)
        {
            return response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        if (faults.TryGetValue((feed, page), out var scripted) && scripted.TryDequeue(out var fault))
        {
            if (fault == Fault.Unavailable)
            {
                return response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }

            if (fault == Fault.Garbage)
            {
                response.ContentType = "application/json";
                await response.WriteAsync("<html><body>Gateway error \u0000</body></html>", context.RequestAborted);
                return StatusCodes.Status200OK;
            }

            if (fault == Fault.HalfPage && feeds.TryGetValue(feed, out var whole))
            {
                var full = $$"""{ "items": {{whole[page - 1]}}, "next_page": null }""";
                response.ContentType = "application/json";
                response.ContentLength = Encoding.UTF8.GetByteCount(full);
                await response.WriteAsync(full[..(full.Length / 2)], context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                return StatusCodes.Status200OK;
            }

            // Hangs until the client's per-attempt timeout aborts the request; the bound only stops a broken test.
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }

            return 499;
        }

        if (!feeds.TryGetValue(feed, out var pages) || page < 1 || page > pages.Length)
        {
            return response.StatusCode = StatusCodes.Status404NotFound;
        }

        var next = page < pages.Length ? (page + 1).ToString(CultureInfo.InvariantCulture) : "null";
        var body = $$"""{ "items": {{pages[page - 1]}}, "next_page": {{next}} }""";
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";
        response.Headers.ETag = etag;
        if (Header(context, "If-None-Match") == etag)
        {
            return response.StatusCode = StatusCodes.Status304NotModified;
        }

        response.ContentType = "application/json";
        await response.WriteAsync(body, context.RequestAborted);
        return StatusCodes.Status200OK;
    }

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
