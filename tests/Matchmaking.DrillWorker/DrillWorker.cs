using System.Diagnostics;
using Matchmaking.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaking.DrillWorker;

/// <summary>
/// Matchmaking.Web's own <c>Program</c>, started with <see cref="FailureDrills"/> that pause, for the tests that kill a
/// worker process mid-round or mid-task. Production code reads no drill setting at all: the pauses are given to this
/// process only (<c>--Drills:PauseAfterRoundClaim 00:00:04</c>), and registered the way WebApplicationFactory registers
/// test services in its host, by handling the host's "HostBuilding" event, whose services are applied after Program's.
/// A separate process (rather than an environment variable or a "Drills" section that the application would read) keeps
/// every trace of the drills out of what is deployed.
/// </summary>
internal static class DrillWorker
{
    public static async Task Main(string[] args)
    {
        var settings = new ConfigurationBuilder().AddCommandLine(args).Build().GetSection("Drills");
        var drills = new FailureDrills
        {
            PauseAfterRoundClaim = settings.GetValue<TimeSpan>(nameof(FailureDrills.PauseAfterRoundClaim)),
            PauseBeforeFollowUpCommit = settings.GetValue<TimeSpan>(nameof(FailureDrills.PauseBeforeFollowUpCommit)),
            PauseAfterMailSent = settings.GetValue<TimeSpan>(nameof(FailureDrills.PauseAfterMailSent)),
        };
        using var hook = new HostBuildingHook(drills);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(hook);
        var program = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("Matchmaking.Web has no entry point.");
        // The application's name decides where its pages and settings are found: Matchmaking.Web's, not this assembly's.
        string[] webArgs = [.. args, "--applicationName", typeof(Program).Assembly.GetName().Name!];
        await (Task)program.Invoke(null, [webArgs])!;
    }

    /// <summary>Adds the drills to the host's services when Matchmaking.Web builds its host.</summary>
    private sealed class HostBuildingHook(FailureDrills drills)
        : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.Extensions.Hosting")
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "HostBuilding" && value.Value is IHostBuilder host)
            {
                host.ConfigureServices(services => services.AddSingleton(drills));
                // In the worker's log, which a failing drill test shows: the drills did reach this process.
                Console.WriteLine($"Failure drills: pause {drills.PauseAfterRoundClaim} after a round claim, "
                    + $"{drills.PauseBeforeFollowUpCommit} before a follow-up commit, {drills.PauseAfterMailSent} after a mail is sent.");
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}
