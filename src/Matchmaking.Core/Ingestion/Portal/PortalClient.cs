using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Refit;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The remote applications portal, through the Refit client <see cref="IPortalApi"/>. The contract (there is no public portal; this is ours):
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
internal sealed class PortalClient(IPortalApi api, IOptions<PortalOptions> options)
{
    internal async Task<PortalPage> GetPageAsync(
        int year, PortalFeed feed, int page, PageValidators? known, CancellationToken cancellationToken)
    {
        using var response = await api.GetPageAsync(
            year, feed.Path, page, options.Value.PageSize, known?.ETag, known?.LastModified, cancellationToken);
        var where = $"page {page} of {feed.Path}";
        if (!response.IsReceived)
        {
            // No answer at all (refused, reset, timed out, circuit open): the transport's own exception, as the sync expects.
            Exception failure = response.Error?.InnerException ?? (Exception?)response.Error ?? new HttpRequestException($"No answer for {where}.");
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            // Validators are only sent for pages seen before, so a 304 always has a stored page to stand for.
            return known is null
                ? throw new PortalContractException($"The portal answered 304 Not Modified for {where}, which was never fetched.")
                : new PortalPage { Validators = known, Modified = false };
        }

        if (!response.IsSuccessStatusCode)
        {
            var reason = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            // Transient statuses reach here only once the retries are spent.
            throw PortalResilience.IsTransient(response.StatusCode!.Value)
                ? new HttpRequestException($"The portal still answered {reason} for {where} after every retry.", null, response.StatusCode)
                : new PortalContractException($"The portal answered {reason} for {where}: {Shorten((response.Error as ApiException)?.Content ?? "")}");
        }

        var body = response.Error is { } error
            ? throw new PortalContractException(
                $"The portal's {where} is not a page object {{ \"items\": [...], \"next_page\": ... }}: {(error.InnerException ?? error).Message}", error)
            : response.Content?.Items is null
                ? throw new PortalContractException($"The portal's {where} has no \"items\" array.")
                : response.Content;
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
                LastModified = response.ContentHeaders?.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                NextPage = body.NextPage,
            },
        };
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
