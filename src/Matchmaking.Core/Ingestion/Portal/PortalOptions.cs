using System.ComponentModel.DataAnnotations;
using Matchmaking.Core.Calls;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>
/// The remote applications portal (section <c>Portal</c>). Off by default, so that a host started without configuration
/// never polls a portal that does not exist. The ranges below are Polly's own limits, checked at start-up rather than at
/// the first request.
/// </summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string Section = "Portal";

    public bool Enabled { get; set; }

    /// <summary>Root of the portal's API, such as <c>https://portal.example.org/api/</c>; required when enabled.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer &lt;key&gt;</c> when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The call whose applications and mentor offers are synchronised; required when enabled.</summary>
    public int CallYear { get; set; }

    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>How often workers sync; a sync also runs when a worker starts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Per attempt, headers and body included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts after the first one for a transient failure (5xx, 408, 429, network error, timeout); 0 disables retries.</summary>
    [Range(0, 10)]
    public int RetryCount { get; set; } = 3;

    /// <summary>
    /// First retry delay; each retry doubles it, with jitter. A Retry-After header wins, up to <see cref="RetryMaxDelay"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Share of failed attempts within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within the sampling duration before the ratio counts.</summary>
    [Range(2, 1000)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit refuses requests without sending them; then one trial request decides.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult(
                "Portal:BaseUrl must be an absolute http(s) URL when the portal is enabled.", [nameof(BaseUrl)]);
        }

        if (CallYear is < CallStore.MinYear or > CallStore.MaxYear)
        {
            yield return new ValidationResult(
                $"Portal:CallYear must be between {CallStore.MinYear} and {CallStore.MaxYear} when the portal is enabled.",
                [nameof(CallYear)]);
        }
    }
}
