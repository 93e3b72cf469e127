using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Web.RateLimits;

/// <summary>How often one client may sign in and import (section <c>RateLimits</c>); a fixed window per client.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client address (the lockout after failed passwords is per account, this is per client).</summary>
    [Range(1, 1_000_000)]
    public int SignInsPerWindow { get; set; } = 10;

    /// <summary>Imports per signed-in user (or per address without one).</summary>
    [Range(1, 1_000_000)]
    public int ImportsPerWindow { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
