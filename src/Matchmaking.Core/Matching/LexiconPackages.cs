using System.Diagnostics;

namespace Matchmaking.Core.Matching;

/// <summary>
/// The embedded default installs the lexicon's Debian packages where they are missing, as it installs PostgreSQL: a fresh
/// machine then runs the service with its lexical groups. Elsewhere (images, servers) the operator installs them; without
/// them the model runs without its lexical groups and says so in its version.
/// </summary>
public static class LexiconPackages
{
    public static readonly IReadOnlyList<string> Names = ["dict-freedict-fra-eng", "dict-freedict-eng-fra", "wordnet-base"];

    public static async Task EnsureInstalledAsync(Action<string> log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (LexiconFiles.Missing(LexiconFiles.DebianDictionaries, LexiconFiles.DebianWordNet).Count == 0)
        {
            return;
        }

        if (Environment.UserName != "root")
        {
            log($"The lexicon is missing: install {string.Join(' ', Names)} (apt-get) for meaning across English and French.");
            return;
        }

        log($"Installing the lexicon's Debian packages: {string.Join(' ', Names)}");
        if (await AptGetAsync(["install", "-y", "--no-install-recommends", .. Names], cancellationToken) != 0)
        {
            await AptGetAsync(["update"], cancellationToken);
            await AptGetAsync(["install", "-y", "--no-install-recommends", .. Names], cancellationToken);
        }
    }

    private static async Task<int> AptGetAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("apt-get could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }
}
