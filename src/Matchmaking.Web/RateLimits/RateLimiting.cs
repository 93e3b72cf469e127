using Matchmaking.Web.Pages.Shared;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.RateLimits;

/// <summary>
/// Sign-in and imports are rate-limited per client with ASP.NET Core's rate limiter: over the limit, 429 with Retry-After
/// and a ProblemDetails (or a short page for a browser) saying when to try again. Reads are not limited.
/// </summary>
internal static class RateLimiting
{
    public const string SignIn = "sign-in";
    public const string Imports = "imports";

    public static IServiceCollection AddMatchmakingRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var options = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only the posted form counts: showing the sign-in page is free.
            limiter.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"address:{Address(context)}", _ => Window(options.SignInsPerWindow, options.Window))
                : RateLimitPartition.GetNoLimiter("reads"));
            limiter.AddPolicy(Imports, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientOf(context), _ => Window(options.ImportsPerWindow, options.Window))
                : RateLimitPartition.GetNoLimiter("reads"));
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, options, cancellationToken);
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string ClientOf(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } name } ? $"user:{name}" : $"address:{Address(context)}";

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, RateLimitOptions options, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        var detail = texts["Too many attempts from this client; try again in {0} s.", seconds];
        if (ErrorPages.WantsPage(context.Request))
        {
            await ErrorPages.WriteAsync(context, texts["Too many attempts"], detail, "/", cancellationToken);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = texts["Too many requests"], Detail = detail },
        });
    }
}
