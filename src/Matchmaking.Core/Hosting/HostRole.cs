namespace Matchmaking.Core.Hosting;

/// <summary>What one process does: serve HTTP, run background jobs, or both; so that web and workers scale apart.</summary>
[Flags]
public enum HostRole
{
    Web = 1,
    Worker = 2,
    All = Web | Worker,
}

public static class HostRoles
{
    public static HostRole Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "all" => HostRole.All,
        "web" => HostRole.Web,
        "worker" => HostRole.Worker,
        _ => throw new ArgumentException($"--role must be web, worker or all, not '{text}'.", nameof(text)),
    };
}

/// <summary>The role of this process, as a service.</summary>
public sealed record ProcessRole(HostRole Role);
