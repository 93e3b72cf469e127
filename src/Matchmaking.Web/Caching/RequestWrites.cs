using Matchmaking.Core.Changes;

namespace Matchmaking.Web.Caching;

/// <summary>
/// A request that may change data (anything but GET, HEAD and OPTIONS) counts as a write to the <see cref="ChangeFeed"/>
/// from its start until its response is done: the caches read through meanwhile and drop what they hold after, so the
/// client's next read sees its own write without waiting for PostgreSQL's change notice.
/// </summary>
internal static class RequestWrites
{
    public static IApplicationBuilder UseRequestWrites(this IApplicationBuilder app)
    {
        var feed = app.ApplicationServices.GetRequiredService<ChangeFeed>();
        return app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                || HttpMethods.IsOptions(context.Request.Method))
            {
                await next(context);
                return;
            }

            using (feed.BeginWrite())
            {
                await next(context);
            }
        });
    }
}
