using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.Learning;

/// <summary>Runs a training the secretariat requested (<see cref="TrainingRequests.RunRequestAsync"/>) on a worker.</summary>
public sealed class TrainModelJob(TrainingRequests requests)
{
    [JobDisplayName("Train a text model from decisions ({0})")]
    [Queue(JobQueues.Default)]
    public Task RunAsync(long trainingId, CancellationToken cancellationToken) => requests.RunRequestAsync(trainingId, cancellationToken);
}
