using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Account;

/// <summary>
/// A page's error status (404 and the like) for a person in a browser, in the site's layout and the reader's language: the
/// status-code pages run it again in place of the bodiless answer (see <c>StatusCodeAnswers</c>). It has no handler method, so
/// that it answers whatever the method of the request it stands in for (a POST to a page that found nothing).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<Texts> T) : AppPage
{
    public const string PathFormat = "/error/{0}";

    /// <summary>What a page that exists could not find, in words (<see cref="AppPage.NotFoundSaying"/>).</summary>
    internal const string DetailKey = "matchmaking:not-found-detail";

    /// <summary>Set when the request reached a page or endpoint, which then answered 404 itself: the address is right.</summary>
    internal const string AnsweredKey = "matchmaking:answered-by-endpoint";

    /// <summary>The API's answer: ProblemDetails with the status alone, as <c>AddProblemDetails</c> words it.</summary>
    private sealed class ProblemAnswer : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context.HttpContext,
                ProblemDetails = { Status = context.HttpContext.Response.StatusCode },
            }).AsTask();
    }

    [FromRoute]
    public int Status { get; set; }

    private IStatusCodeReExecuteFeature? Original => HttpContext.Features.Get<IStatusCodeReExecuteFeature>();

    public string Title => Status switch
    {
        StatusCodes.Status404NotFound => T["Page not found"],
        StatusCodes.Status405MethodNotAllowed => T["This page cannot do that"],
        _ => ReasonPhrases.GetReasonPhrase(Status),
    };

    public string Detail
    {
        get
        {
            if (Status != StatusCodes.Status404NotFound)
            {
                return T["This page cannot be shown. Go back and try again."];
            }

            if (HttpContext.Items[DetailKey] is string detail)
            {
                return detail;
            }

            return HttpContext.Items.ContainsKey(AnsweredKey)
                ? T["What this page should show does not exist (any more). Check the link, or start again from your page."]
                : T["There is no page at {0}. Check the address, or start again from your page.", Original?.OriginalPath ?? Request.Path];
        }
    }

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Original is not { } original)
        {
            // Asked for directly (/error/404): answer with the status it shows.
            Response.StatusCode = Status is >= 400 and < 600 ? Status : StatusCodes.Status404NotFound;
        }
        else if (!Shared.ErrorPages.WantsPage(Request, original.OriginalPathBase + original.OriginalPath))
        {
            context.Result = new ProblemAnswer();
        }
    }
}
