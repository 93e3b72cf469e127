using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Jobs;

/// <summary>The name this process goes by among the job servers, and in the rounds and tasks it runs.</summary>
public sealed class WorkerIdentity(IOptions<JobsOptions> options)
{
    /// <summary>
    /// The configured name, or the host name and process id with a short random part: two hosts in one process (the tests)
    /// must still tell their servers apart.
    /// </summary>
    public string Name { get; } = string.IsNullOrWhiteSpace(options.Value.ServerName)
        ? $"{Environment.MachineName.ToLowerInvariant()}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}"
        : options.Value.ServerName;
}
