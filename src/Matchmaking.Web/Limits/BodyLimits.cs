using Matchmaking.Web.Pages.Shared;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Matchmaking.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Matchmaking.Web.Limits;

/// <summary>
/// Every request body has a limit (imports a large one, the rest a small one). A body declared larger is read and thrown
/// away (up to <see cref="BodyLimitOptions.DrainBytes"/>) and answered 413 with the limit in words: ProblemDetails for
/// the API, a page for a browser. A body without a length is cut off at the limit while it is read.
/// </summary>
internal static class BodyLimits
{
    public static IServiceCollection AddBodyLimits(this IServiceCollection services)
    {
        services.AddOptions<BodyLimitOptions>().BindConfiguration(BodyLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Kestrel's own limit becomes the drain size: the application's limits below are the ones that answer.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<BodyLimitOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.DrainBytes);
        return services;
    }

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptions<BodyLimitOptions>>().Value;
        var limit = LimitOf(context, options);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.DrainBytes;
        }

        var request = context.Request;
        if (request.ContentLength > limit)
        {
            await DrainAsync(context, options.DrainBytes);
            await RefuseAsync(context, limit, request.ContentLength);
            return;
        }

        if (request.ContentLength is null && (request.Headers.TransferEncoding.Count > 0 || !HttpMethods.IsGet(request.Method)))
        {
            request.Body = new LimitedBodyStream(request.Body, limit);
        }

        await next(context);
    });

    public static long LimitOf(HttpContext context, BodyLimitOptions options) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ImportBodyAttribute>() is null ? options.BodyBytes : options.ImportBytes;

    /// <summary>The 413 answer: ProblemDetails for the API and other non-browser clients, a short page for a browser.</summary>
    public static async Task RefuseAsync(HttpContext context, long limit, long? received)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.Clear();
        response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        var bytesOfLimit = limit.ToString("N0", CultureInfo.CurrentCulture);
        var what = received is { } bytes
            ? texts["The body is {0}; this request takes at most {1} ({2} bytes).", Size(bytes, texts), Size(limit, texts), bytesOfLimit]
            : texts["The body is over its limit; this request takes at most {0} ({1} bytes).", Size(limit, texts), bytesOfLimit];
        var detail = $"{what} {(limit >= (1L << 20) ? texts["Split the file into smaller imports."] : texts["Send less."])}";
        if (ErrorPages.WantsPage(context.Request))
        {
            var back = context.Request.Path.StartsWithSegments("/secretariat/imports") ? "/secretariat/imports" : "/";
            await ErrorPages.WriteAsync(context, texts["The file is too large"], detail, back, context.RequestAborted);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = texts["The request body is too large"],
                Detail = detail,
                Extensions = { ["limit_bytes"] = limit },
            },
        });
    }

    /// <summary>Reads what the client sends and throws it away, so that it sees the answer rather than a reset.</summary>
    private static async Task DrainAsync(HttpContext context, long drainBytes)
    {
        if (context.Request.ContentLength > drainBytes)
        {
            context.Response.Headers.Connection = "close";
            return;
        }

        var buffer = new byte[81920];
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted) > 0)
            {
            }
        }
        catch (IOException)
        {
            context.Response.Headers.Connection = "close";
        }
    }

    /// <summary>"16 MB" or "1.5 KB" ("16 Mo", "1,5 Ko") in the reader's number format.</summary>
    private static string Size(long bytes, IStringLocalizer<Texts> texts) => bytes >= (1L << 20)
        ? texts["{0} MB", (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.CurrentCulture)]
        : texts["{0} KB", (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)];
}
