using Hangfire;
using Hangfire.Common;
using Matchmaking.Core.FollowUps;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Jobs;

/// <summary>Hangfire's own filters (culture, statistics, continuations) plus this host's.</summary>
internal sealed class JobFilters : IJobFilterProvider
{
    private readonly JobFilterProviderCollection filters;

    public JobFilters(IOptions<JobsOptions> options, FollowUpJobStateSync followUpStates, Changes.ChangeFeed changes)
    {
        var delays = options.Value.EffectiveStorageRetryDelays;
        filters = new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection
        {
            // Replaces Hangfire's default (ten retries of any failure). Retries belong to the task rows (follow-ups, the
            // outbox) and to the round's claim; Hangfire wakes a job again only when the database was unreachable, so that
            // bookkeeping could not be written.
            new AutomaticRetryAttribute
            {
                Attempts = delays.Length,
                DelaysInSeconds = delays,
                OnlyOn = [typeof(StorageUnavailableException)],
                OnAttemptsExceeded = AttemptsExceededAction.Fail,
                LogEvents = true,
            },
            followUpStates,
            new Changes.JobWrites(changes),
        });
    }

    public IEnumerable<JobFilter> GetFilters(Job job) => filters.GetFilters(job);
}
