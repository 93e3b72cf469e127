using Hangfire;
using Matchmaking.Core.Jobs;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Rounds;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// Encodes a call's new texts after an import, in the background, so that the first round after importing hundreds of
/// profiles reads their embeddings instead of computing them. The texts are those a round of the call would ask for
/// (<see cref="PairingEngine.TextsToEmbed"/>); the ones already kept cost one query.
/// </summary>
public sealed class EmbedCallTextsJob(RoundInputs inputs, TextModelProvider models, EmbeddingStore store)
{
    [JobDisplayName("Sentence embeddings of call {0}")]
    [Queue(JobQueues.Default)]
    public async Task RunAsync(int callYear, CancellationToken cancellationToken)
    {
        if (!store.Enabled)
        {
            return;
        }

        try
        {
            var request = await inputs.LoadAsync(callYear, cancellationToken);
            await store.GetOrComputeAsync(PairingEngine.TextsToEmbed(request, models.Model), cancellationToken);
        }
        catch (Calls.CallNotFoundException)
        {
            // The call was removed since the import: nothing to encode.
        }
    }
}
