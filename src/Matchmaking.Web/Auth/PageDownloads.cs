namespace Matchmaking.Web.Auth;

/// <summary>
/// API downloads that the pages link to (the CSV exports): a browser following such a link carries its session cookie, not a
/// bearer token, so these GET endpoints also accept the page session, with the same role checks. Reading a file changes
/// nothing and another site cannot read the answer, so the anti-forgery reason for keeping cookies off the API does not apply.
/// </summary>
internal static class PageDownloads
{
    public static TBuilder AllowPageSession<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PageDownload.Instance);

    /// <summary>A GET under /api that a page links to, from a browser with a session cookie and no Authorization header.</summary>
    public static bool IsPageDownload(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Authorization.Count == 0
        && context.Request.Cookies.ContainsKey(Policies.SessionCookie)
        && context.GetEndpoint()?.Metadata.GetMetadata<PageDownload>() is not null;

    private sealed class PageDownload
    {
        public static readonly PageDownload Instance = new();
    }
}
