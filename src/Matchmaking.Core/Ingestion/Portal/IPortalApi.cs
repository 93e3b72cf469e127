using Refit;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The portal's HTTP contract as a Refit interface (see <see cref="PortalClient"/> for what each answer means). Registered
/// through IHttpClientFactory with the resilience handler in front, so every call is retried, timed out and broken like
/// before; the conditional headers are left out when null.
/// </summary>
public interface IPortalApi
{
    [Get("/calls/{year}/{feed}")]
    Task<IApiResponse<PortalPageBody>> GetPageAsync(
        int year,
        string feed,
        int page,
        [AliasAs("page_size")] int pageSize,
        [Header("If-None-Match")] string? ifNoneMatch,
        [Header("If-Modified-Since")] string? ifModifiedSince,
        CancellationToken cancellationToken);
}
