using System.Diagnostics;

namespace Matchmaking.IntegrationTests.Pages;

/// <summary>
/// The browser for the page tests is Debian's own Chromium package: no test tool downloads a browser. Where it is
/// missing, the fixture installs it with apt-get (as root, non-interactive), updating the package lists only when a
/// first attempt fails.
/// </summary>
internal static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        await Gate.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath))
            {
                return;
            }

            var (code, log) = await AptGetAsync("install", "-y", "chromium");
            if (code != 0)
            {
                var (updateCode, updateLog) = await AptGetAsync("update");
                (code, log) = await AptGetAsync("install", "-y", "chromium");
                log = updateLog + log + $"\n(apt-get update exited {updateCode})";
            }

            if (code != 0 || !File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"Could not install Debian's chromium (apt-get exited {code}; the tests install it as root):\n{log}");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int Code, string Log)> AptGetAsync(params string[] args)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        // Another apt-get on the machine (a second test run, a person) holds the dpkg lock: wait for it rather than fail.
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add("DPkg::Lock::Timeout=600");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("apt-get did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
