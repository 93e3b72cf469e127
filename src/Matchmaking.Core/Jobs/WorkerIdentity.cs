using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Jobs;

/// <summary>The name this process goes by among the job servers, and in the rounds and tasks it runs.</summary>
public sealed class WorkerIdentity(IOptions<JobsOptions> options)
{
    public string Name { get; } = string.IsNullOrWhiteSpace(options.Value.ServerName)
        ? $"{Environment.MachineName.ToLowerInvariant()}:{Environment.ProcessId}"
        : options.Value.ServerName;
}
