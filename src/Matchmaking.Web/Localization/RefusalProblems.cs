using Matchmaking.Core.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Localization;

/// <summary>
/// A service's <see cref="Refusal"/> as the API's problem details, in the language of the request (<c>Accept-Language</c>, or the
/// page's culture cookie): the status from its kind, the reason as <c>detail</c> (or under its field for an invalid request),
/// and the phrase's code as <c>code</c> for programs.
/// </summary>
public static class RefusalProblems
{
    public static Results<ProblemHttpResult, ValidationProblem> Problem(this IStringLocalizer<Texts> texts, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(refusal);
        var words = texts.Say(refusal.Reason);
        var extensions = new Dictionary<string, object?> { ["code"] = refusal.Reason.Code };
        if (refusal.Kind == RefusalKind.Invalid)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [refusal.Field ?? "body"] = [words] }, title: texts["The request is not valid"], extensions: extensions);
        }

        var (status, title) = refusal.Kind switch
        {
            RefusalKind.NotFound => (StatusCodes.Status404NotFound, texts["Not found"]),
            RefusalKind.Forbidden => (StatusCodes.Status403Forbidden, texts["Forbidden"]),
            _ => (StatusCodes.Status409Conflict, texts["Not in a state for this"]),
        };
        return TypedResults.Problem(statusCode: status, title: title, detail: words, extensions: extensions);
    }
}
