using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.Learning;

/// <summary>Runs a training the secretariat requested (<see cref="ModelTraining.RunRequestAsync"/>) on a worker.</summary>
public sealed class TrainModelJob(ModelTraining training)
{
    [JobDisplayName("Train a text model from decisions ({0})")]
    [Queue(JobQueues.Default)]
    public Task RunAsync(long trainingId, CancellationToken cancellationToken) => training.RunRequestAsync(trainingId, cancellationToken);
}
