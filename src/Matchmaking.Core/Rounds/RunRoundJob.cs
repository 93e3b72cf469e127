using Hangfire;
using Matchmaking.Core.Jobs;

namespace Matchmaking.Core.Rounds;

/// <summary>
/// Wakes <see cref="RoundRunner"/> for one round. Hangfire delivers it at least once (a worker killed mid-round has its job
/// taken by another after the invisibility timeout); the round's claim makes a second run take over or do nothing.
/// </summary>
public sealed class RunRoundJob(RoundRunner runner, WorkerIdentity worker)
{
    [JobDisplayName("Pairing round {0}, call {1}")]
    [Queue(JobQueues.Rounds)]
    public Task RunAsync(long roundId, int callYear, CancellationToken cancellationToken) =>
        runner.RunAsync(roundId, worker.Name, cancellationToken);
}
