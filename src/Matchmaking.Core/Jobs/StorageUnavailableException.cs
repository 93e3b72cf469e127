using Npgsql;

namespace Matchmaking.Core.Jobs;

/// <summary>
/// Thrown by a job when the database was unreachable, so the task's own bookkeeping (its attempts, its failure) could not be
/// written. This is the one case where Hangfire retries a job itself (<see cref="JobsRegistration"/>): every other retry
/// belongs to the task rows, which cannot be written while the database is down.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Connection failures, timeouts, a server shutting down or restarting: errors that go away when the server is back.</summary>
    public static bool IsTransient(Exception error) => error switch
    {
        NpgsqlException { IsTransient: true } => true,
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => true,
        TimeoutException => true,
        _ => error.InnerException is { } inner && IsTransient(inner),
    };
}
