using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Rounds;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Matchmaking.Core.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>
    /// Quartz on the persistent PostgreSQL store, clustered so that several worker processes share one database
    /// and each job runs on exactly one of them. Every process can schedule jobs; only workers run them.
    /// </summary>
    public static IServiceCollection AddMatchmakingScheduler(
        this IServiceCollection services, string connectionString, bool runJobs, SchedulerOptions options, LifecycleOptions lifecycle, bool deliverMail, TimeProvider time)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "matchmaking";
                // Each process needs an id of its own within the cluster; the generator derives one from host and time.
                if (string.IsNullOrWhiteSpace(options.InstanceId))
                {
                    s.GenerateInstanceId = true;
                }
                else
                {
                    s.InstanceId = options.InstanceId;
                }
                s.IdleWaitTime = options.IdleWaitTime;
            });
            q.UseTimeProvider(time);
            q.UseDefaultThreadPool(options.MaxConcurrency);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseSystemTextJsonSerializer(_ => { });
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.CheckinInterval;
                    c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                });
                store.ProvisionSchema();
            });
            q.AddJob<RunRoundJob>(j => j.WithIdentity(RunRoundJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<FollowUpJob>(j => j.WithIdentity(FollowUpJob.Key).StoreDurably().RequestRecovery());
            // Ingestion sources poll on intervals of their own, only where Portal:Enabled / Inbox:Enabled say so
            // (read by AddMatchmakingIngestionSources, which runs first).
            if (Ingestion.Portal.IngestionSchedule.Find(services) is { } ingestion)
            {
                if (ingestion.PortalInterval is { } portalInterval)
                {
                    q.ScheduleJob<Ingestion.Portal.PortalSyncJob>(t => Ingestion.Portal.PortalSyncJob.Recurring(t, portalInterval),
                        j => j.WithIdentity(Ingestion.Portal.PortalSyncJob.Key).StoreDurably().RequestRecovery());
                }

                if (ingestion.InboxInterval is { } inboxInterval)
                {
                    q.ScheduleJob<Ingestion.Inbox.InboxScanJob>(t => Ingestion.Inbox.InboxScanJob.Recurring(t, inboxInterval),
                        j => j.WithIdentity(Ingestion.Inbox.InboxScanJob.Key).StoreDurably());
                }
            }

            q.ScheduleJob<DigestJob>(
                t => t.WithIdentity(DigestJob.TriggerKey).WithCronSchedule(lifecycle.DigestCron, c => c
                    .InTimeZone(Engine.Domain.CallSchedule.ParisTimeZone())
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                j => j.WithIdentity(DigestJob.Key).StoreDurably());
            if (deliverMail)
            {
                q.AddNotificationDelivery();
            }
        });
        if (runJobs)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }
}
