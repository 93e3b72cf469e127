using Hangfire;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// Hangfire on PostgreSQL. Every process can enqueue and schedule jobs and read the job storage (health, dashboard);
    /// only processes with the worker role run a <see cref="BackgroundJobServer"/> and register the recurring jobs.
    /// </summary>
    public static IServiceCollection AddMatchmakingJobs(this IServiceCollection services, bool runJobs)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkerIdentity>();
        services.AddSingleton<FollowUps.FollowUpJobStateSync>();
        // Registered before AddHangfire, which only adds its own (global, static) provider when none is there: this host's
        // filters stay this host's, so several hosts in one process (the tests) never share them.
        services.AddSingleton<IJobFilterProvider, JobFilters>();
        services.AddHangfire((provider, configuration) =>
        {
            var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UsePostgreSqlStorage(
                    o => o.UseConnectionFactory(new DataSourceConnectionFactory(provider.GetRequiredService<NpgsqlDataSource>())),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = JobStorageSchema.Name,
                        // The migrator installs the schema under its advisory lock (JobStorageSchema).
                        PrepareSchemaIfNecessary = false,
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = options.InvisibilityTimeout,
                        DistributedLockTimeout = options.DistributedLockTimeout,
                        QueuePollInterval = options.QueuePollInterval,
                        EnableLongPolling = true,
                    });
        });
        services.AddTransient<Rounds.RunRoundJob>();
        services.AddTransient<Learning.TrainModelJob>();
        services.AddTransient<FollowUps.FollowUpJob>();
        services.AddTransient<FollowUps.FollowUpSweepJob>();
        services.AddTransient<FollowUps.DigestJob>();
        services.AddTransient<Notifications.DeliverNotificationsJob>();
        services.AddTransient<Ingestion.Portal.PortalSyncJob>();
        services.AddTransient<Ingestion.Inbox.InboxScanJob>();
        if (runJobs)
        {
            services.AddHangfireServer((provider, server) =>
            {
                var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.ServerName = provider.GetRequiredService<WorkerIdentity>().Name;
                server.WorkerCount = options.WorkerCount;
                server.Queues = options.EffectiveQueues;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                server.HeartbeatInterval = options.HeartbeatInterval;
                server.ServerTimeout = options.ServerTimeout;
                server.ServerCheckInterval = options.HeartbeatInterval;
                server.FilterProvider = provider.GetRequiredService<IJobFilterProvider>();
            });
            services.AddHostedService<RecurringJobsSetup>();
        }

        return services;
    }
}
