namespace Matchmaking.Cli;

// An explicit entry point (not top-level statements) so that its class does not clash with the web host's Program
// in the integration tests, which see both assemblies.
internal static class EntryPoint
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
