using Matchmaking.Core.Calls;
using Microsoft.AspNetCore.Diagnostics;

namespace Matchmaking.Web.Calls;

/// <summary>An import or a round for a call that was never created: 404 ProblemDetails saying how to create it.</summary>
internal sealed class CallNotFoundHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not CallNotFoundException missing)
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = "No such call", Detail = missing.Message },
        });
    }
}
