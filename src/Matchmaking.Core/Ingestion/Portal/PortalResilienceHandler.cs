namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// Runs each portal request through <see cref="PortalResilience"/>. The body is read inside the pipeline, so a portal that
/// sends headers and then stalls times out per attempt like one that never answers.
/// </summary>
internal sealed class PortalResilienceHandler(PortalResilience resilience) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await resilience.Pipeline.ExecuteAsync(
            static async (state, token) => await state.Handler.SendOnceAsync(state.Request, token),
            (Handler: this, Request: request),
            cancellationToken);

    // Requests are GETs without content, so sending the same message again on a retry is safe.
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var buffered = false;
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            buffered = true;
            return response;
        }
        finally
        {
            if (!buffered)
            {
                response.Dispose();
            }
        }
    }
}
