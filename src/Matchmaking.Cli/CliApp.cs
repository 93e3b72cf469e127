using System.CommandLine;
using Matchmaking.Cli.Contacts;
using Matchmaking.Cli.Pairing;
using Matchmaking.Cli.Training;
using Matchmaking.Cli.Users;

namespace Matchmaking.Cli;

/// <summary>The <c>matchmaking</c> command line. Exit codes: 0 success, 1 failure, 2 unusable input.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    public static async Task<int> RunAsync(
        string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Matchmaking: pairs applicant cities with mentor cities of the UNESCO Creative Cities Network.");
        root.Subcommands.Add(UsersCommand.Create(input, output, error));
        root.Subcommands.Add(MigrateCommand.Create(output));
        root.Subcommands.Add(PairCommand.Create(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(ContactsCommand.Create(output, error));
        var parsed = root.Parse(args);
        var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
        // System.CommandLine answers a usage error (unknown option, missing required one) with 1; here that is input the
        // command cannot use, which is 2.
        return parsed.Errors.Count > 0 && code == 1 ? 2 : code;
    }
}
