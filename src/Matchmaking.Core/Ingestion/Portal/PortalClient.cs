using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The remote applications portal, a typed HttpClient. The contract (there is no public portal; this is ours):
/// <list type="bullet">
/// <item><c>GET {BaseUrl}/calls/{year}/applications?page={n}&amp;page_size={m}</c> and the same for <c>/mentor-offers</c>;
/// pages count from 1; <c>Authorization: Bearer {ApiKey}</c> when a key is configured.</item>
/// <item>200 with <c>application/json</c> <c>{ "items": [ ... ], "next_page": n + 1 | null }</c>; each item has the field names
/// of the CSV/JSON interchange format (<c>id</c>, <c>city</c>, <c>country_code</c>, ...). An <c>ETag</c> and/or
/// <c>Last-Modified</c> header per page is optional but lets later syncs skip unchanged pages.</item>
/// <item>304 when the request's <c>If-None-Match</c> / <c>If-Modified-Since</c> still match: the page is unchanged.</item>
/// <item>408, 429 (with an optional <c>Retry-After</c>) and 5xx are transient and retried; any other status fails the sync.</item>
/// </list>
/// </summary>
internal sealed class PortalClient(HttpClient http, IOptions<PortalOptions> options)
{
    internal async Task<PortalPage> GetPageAsync(
        int year, PortalFeed feed, int page, PageValidators? known, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"calls/{year}/{feed.Path}?page={page}&page_size={pageSize}"),
            UriKind.Relative);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (known?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (known?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var where = $"page {page} of {feed.Path}";
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            // Validators are only sent for pages seen before, so a 304 always has a stored page to stand for.
            return known is null
                ? throw new PortalContractException($"The portal answered 304 Not Modified for {where}, which was never fetched.")
                : new PortalPage { Validators = known, Modified = false };
        }

        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            // Transient statuses reach here only once the retries are spent.
            throw PortalResilience.IsTransient(response.StatusCode)
                ? new HttpRequestException($"The portal still answered {reason} for {where} after every retry.", null, response.StatusCode)
                : new PortalContractException($"The portal answered {reason} for {where}: {Shorten(detail)}");
        }

        var body = await ReadBodyAsync(response, where, cancellationToken);
        if (body.NextPage is { } next && next <= page)
        {
            throw new PortalContractException($"The portal's {where} names next_page {next}; it must be greater than {page} or null.");
        }

        return new PortalPage
        {
            Modified = true,
            Items = body.Items!,
            Validators = new PageValidators
            {
                Page = page,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                NextPage = body.NextPage,
            },
        };
    }

    private static async Task<PortalPageBody> ReadBodyAsync(HttpResponseMessage response, string where, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var body = await JsonSerializer.DeserializeAsync<PortalPageBody>(stream, JsonDefaults.Options, cancellationToken);
            return body?.Items is null
                ? throw new PortalContractException($"The portal's {where} has no \"items\" array.")
                : body;
        }
        catch (JsonException e)
        {
            throw new PortalContractException(
                $"The portal's {where} is not a page object {{ \"items\": [...], \"next_page\": ... }}: {e.Message}", e);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
