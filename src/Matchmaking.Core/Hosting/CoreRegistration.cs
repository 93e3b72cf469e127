using Matchmaking.Core.Applicants;
using Matchmaking.Core.Calls;
using Matchmaking.Core.Database;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Matching;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Reports;
using Matchmaking.Core.Rounds;
using Matchmaking.Core.Scheduling;
using Matchmaking.Core.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Matchmaking.Core.Hosting;

public static class CoreRegistration
{
    /// <summary>Everything a web or worker process shares: one NpgsqlDataSource, the feature services and Quartz.</summary>
    public static IServiceCollection AddMatchmakingCore(
        this IServiceCollection services, IConfiguration configuration, string connectionString, HostRole role)
    {
        DatabaseSetup.ConfigureDapper();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LifecycleOptions>().BindConfiguration(LifecycleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RoundOptions>().BindConfiguration(RoundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Registered before Quartz's hosted service, so the schema exists before the scheduler starts.
        services.AddHostedService<DatabaseInitializer>();
        services.AddSingleton<TextModelProvider>();
        services.AddSingleton<CallStore>();
        services.AddSingleton<UserStore>();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CallOverviewService>();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<ApplicantStore>();
        services.AddSingleton<MentorStore>();
        services.AddSingleton<RoundService>();
        services.AddSingleton<RoundRunner>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<FollowUpScheduler>();
        services.AddSingleton<FollowUpRunner>();
        services.AddSingleton<FollowUpActions>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<ClosingReportService>();
        services.AddTransient<RunRoundJob>();
        services.AddTransient<FollowUpJob>();
        services.AddTransient<DigestJob>();
        services.AddMatchmakingNotifications();
        services.AddMatchmakingIngestionSources(configuration);

        var schedulerOptions = configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        // Quartz is configured before the container exists, so it takes the TimeProvider that will be registered;
        // tests that replace the TimeProvider register theirs before calling this method.
        var time = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider
            ?? TimeProvider.System;
        var lifecycle = configuration.GetSection(LifecycleOptions.Section).Get<LifecycleOptions>() ?? new LifecycleOptions();
        var deliverMail = configuration.GetValue(SmtpOptions.Section + ":" + nameof(SmtpOptions.Enabled), defaultValue: true);
        services.AddMatchmakingScheduler(connectionString, role.HasFlag(HostRole.Worker), schedulerOptions, lifecycle, deliverMail, time);
        return services;
    }
}
