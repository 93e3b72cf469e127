using System.Globalization;
using Matchmaking.Core.Calls;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Calls;

/// <summary>
/// An import or a round for a call that was never created: 404 ProblemDetails in the request's language, saying that the
/// calls page creates it.
/// </summary>
internal sealed class CallNotFoundHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CallNotFoundException missing)
        {
            return false;
        }

        // The exception handler runs outside the request's localization scope: its culture is taken back from the request.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }

        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<Texts>>();
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status404NotFound, Title = texts["Not found"], Detail = texts.Say(missing.Reason),
                Extensions = { ["code"] = missing.Reason.Code },
            },
        });
    }
}
