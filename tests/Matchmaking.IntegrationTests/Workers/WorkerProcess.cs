using System.Diagnostics;
using System.Globalization;
using Matchmaking.Core.Hosting;

namespace Matchmaking.IntegrationTests.Workers;

/// <summary>
/// A real worker process (`Matchmaking.Web --role worker`) on a shared database, that a test can kill -9. With drills, it is
/// the same Program started by the test-only Matchmaking.DrillWorker, which registers the pauses the drills ask for.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _log;

    private WorkerProcess(Process process, string log)
    {
        _process = process;
        _log = log;
    }

    public string InstanceId { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(string instanceId, string connectionString, params string[] settings) =>
        Start(instanceId, connectionString, drills: null, settings);

    public static WorkerProcess Start(string instanceId, string connectionString, FailureDrills? drills, params string[] settings)
    {
        var entry = drills is null ? "Matchmaking.Web.dll" : "Matchmaking.DrillWorker.dll";
        string[] drillSettings = drills is null ? [] :
        [
            "--Drills:PauseAfterRoundClaim", drills.PauseAfterRoundClaim.ToString("c", CultureInfo.InvariantCulture),
            "--Drills:PauseBeforeFollowUpCommit", drills.PauseBeforeFollowUpCommit.ToString("c", CultureInfo.InvariantCulture),
            "--Drills:PauseAfterMailSent", drills.PauseAfterMailSent.ToString("c", CultureInfo.InvariantCulture),
        ];
        var log = Path.Combine(Path.GetTempPath(), $"matchmaking-{instanceId}-{Environment.ProcessId}.log");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, entry), "--role", "worker", "--Urls", "http://127.0.0.1:0",
                     "--ConnectionStrings:Matchmaking", connectionString, "--Jobs:ServerName", instanceId,
                 }.Concat(drillSettings).Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start a worker process.");
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (writer) { writer.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process, log) { InstanceId = instanceId };
    }

    /// <summary>SIGKILL: no shutdown hooks, no chance to release anything.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public string Log() => File.Exists(_log) ? File.ReadAllText(_log) : "";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }

        _process.Dispose();
    }
}
