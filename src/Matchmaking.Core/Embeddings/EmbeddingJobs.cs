using Hangfire;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Embeddings;

/// <summary>Asks for a call's texts to be encoded ahead of its next round, after an import that changed some.</summary>
public sealed class EmbeddingJobs(IBackgroundJobClient jobs, IOptions<EmbeddingsOptions> options)
{
    public void AfterImport(int callYear, int accepted)
    {
        if (options.Value.Enabled && accepted > 0)
        {
            jobs.Enqueue<EmbedCallTextsJob>(Jobs.JobQueues.Default, j => j.RunAsync(callYear, CancellationToken.None));
        }
    }
}
