using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The portal's resilience pipeline: retry (exponential backoff with jitter) around a circuit breaker around a timeout per
/// attempt. It is a singleton on purpose: IHttpClientFactory recycles its handlers every few minutes, and a pipeline built
/// per handler would forget an open circuit with them.
/// </summary>
internal sealed class PortalResilience
{
    public PortalResilience(IOptions<PortalOptions> options, TimeProvider time, ILogger<PortalResilience> logger)
    {
        var settings = options.Value;
        // A broken circuit is not transient for the retry: retrying it would only spin until the break ends.
        var transient = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(response => IsTransient(response.StatusCode));

        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = "portal", TimeProvider = time };
        if (settings.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = settings.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                MaxDelay = settings.RetryMaxDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, time, settings.RetryMaxDelay)),
                OnRetry = args =>
                {
                    LogMessages.PortalRetry(logger, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = transient,
            FailureRatio = settings.CircuitBreakerFailureRatio,
            MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
            SamplingDuration = settings.CircuitBreakerSamplingDuration,
            BreakDuration = settings.CircuitBreakerBreakDuration,
            OnOpened = args =>
            {
                LastBreakReason = Describe(args.Outcome);
                LogMessages.PortalCircuitOpened(logger, args.BreakDuration, Describe(args.Outcome));
                return default;
            },
            OnClosed = _ =>
            {
                LogMessages.PortalCircuitClosed(logger);
                return default;
            },
        });
        builder.AddTimeout(settings.Timeout);
        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>What opened the circuit last; Polly's BrokenCircuitException only carries it when it was an exception.</summary>
    public string? LastBreakReason { get; private set; }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    internal static string Describe(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException e } => $"no answer within {e.Timeout.TotalMilliseconds:0} ms",
        { Exception: BrokenCircuitException } => "the circuit is open after repeated failures",
        { Exception: { } e } => e.Message,
        { Result: { } response } => $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}",
        _ => "unknown",
    };

    /// <summary>A portal that says when to come back (429, 503) is believed, within the configured maximum.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, max.Ticks)) : null;
    }
}
