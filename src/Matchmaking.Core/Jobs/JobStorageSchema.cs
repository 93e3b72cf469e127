using Hangfire.PostgreSql;
using Npgsql;

namespace Matchmaking.Core.Jobs;

/// <summary>
/// Hangfire's tables, in a schema of their own. They are installed by the migrator, under its advisory lock, by whichever
/// process starts first (a web-only host included), so no process ever waits for another to prepare the job storage.
/// </summary>
public static class JobStorageSchema
{
    public const string Name = "hangfire";

    public static void Install(NpgsqlConnection connection) => PostgreSqlObjectsInstaller.Install(connection, Name);
}
