using System.CommandLine;

namespace Matchmaking.Cli;

internal static class MigrateCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("migrate", "Apply the database migrations and load the reference data.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var dataSource = await CliDatabase.OpenAsync(output, cancellationToken);
            await output.WriteLineAsync("database is migrated and the reference data is loaded");
            return 0;
        });
        return command;
    }
}
