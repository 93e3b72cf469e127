using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Hosting;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Notifications;

/// <summary>One message as the sink received it, decoded.</summary>
public sealed record ReceivedMail
{
    public string MailFrom { get; init; } = "";
    public IReadOnlyList<string> RcptTos { get; init; } = [];
    public string To { get; init; } = "";
    public string Subject { get; init; } = "";
    public string MessageId { get; init; } = "";
    public string AutoSubmitted { get; init; } = "";
    public string Body { get; init; } = "";
}

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd running <c>smtp_sink.py</c>, which keeps each message as a file in
/// a folder of its own. It can be stopped and started again on the same port, to play a mail server that is down.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;
    private Process? _process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<SmtpSink> StartAsync()
    {
        await EnsureAiosmtpdAsync();
        var folder = Path.Combine(Path.GetTempPath(), $"mm-smtp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var sink = new SmtpSink(FreeLoopbackPort(), folder);
        await sink.StartServerAsync();
        return sink;
    }

    public async Task StartServerAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-u", Script(), "--host", "127.0.0.1", "--port", Port.ToString(), "--folder", Folder })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the SMTP sink.");
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Trim() == "ready")
                {
                    _process = process;
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        throw new InvalidOperationException($"The SMTP sink did not start on port {Port}: {await stderr}");
    }

    /// <summary>Stops the server: connections to its port are refused until <see cref="StartServerAsync"/>.</summary>
    public async Task StopServerAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Received() =>
        Directory.GetFiles(Folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<ReceivedMail>(File.ReadAllText(file), JsonDefaults.Options)!)
            .ToList();

    /// <summary>Waits (on the real clock: it is the mail that takes time) until at least <paramref name="count"/> arrived.</summary>
    public Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, TimeSpan timeout) =>
        Eventually.LastAsync(() => Task.FromResult(Received()), received => received.Count >= count, timeout);

    public void Clear()
    {
        foreach (var file in Directory.GetFiles(Folder))
        {
            File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopServerAsync();
        Directory.Delete(Folder, recursive: true);
    }

    /// <summary>Copied next to the tests when the project says so; otherwise read from the source tree.</summary>
    private static string Script()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Notifications", "smtp_sink.py");
        return File.Exists(copied)
            ? copied
            : Path.Combine(RepositoryRoot.Find(), "tests", "Matchmaking.IntegrationTests", "Notifications", "smtp_sink.py");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Installs Debian's python3-aiosmtpd (as root, non-interactively) unless the system Python already has it.</summary>
    private static async Task EnsureAiosmtpdAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (_installed || (await RunAsync(Python, "-c", "import aiosmtpd")).ExitCode == 0)
            {
                _installed = true;
                return;
            }

            var install = await RunAsync("apt-get", "install", "-y", "--no-install-recommends", "python3-aiosmtpd");
            if (install.ExitCode != 0)
            {
                // A fresh machine has no package lists yet.
                await RunAsync("apt-get", "update");
                install = await RunAsync("apt-get", "install", "-y", "--no-install-recommends", "python3-aiosmtpd");
            }

            if ((await RunAsync(Python, "-c", "import aiosmtpd")).ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"python3-aiosmtpd is needed for the notification tests and could not be installed (run as root?): {install.Output}");
            }

            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
