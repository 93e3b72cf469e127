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
using Matchmaking.Core.Jobs;
using Matchmaking.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Matchmaking.Core.Hosting;

public static class CoreRegistration
{
    /// <summary>Everything a web or worker process shares: one NpgsqlDataSource, the feature services and Hangfire.</summary>
    public static IServiceCollection AddMatchmakingCore(
        this IServiceCollection services, string connectionString, HostRole role)
    {
        DatabaseSetup.ConfigureDapper();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LifecycleOptions>().BindConfiguration(LifecycleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // No pauses: only tests register drills that pause (see FailureDrills).
        services.TryAddSingleton(new FailureDrills());
        // Registered before Hangfire's server, so the schema (Hangfire's included) exists before any job runs.
        services.AddHostedService<DatabaseInitializer>();
        services.AddSingleton<Changes.ChangeFeed>();
        if (role.HasFlag(HostRole.Web))
        {
            // Only a process that serves reads keeps caches; without the listener they read through.
            services.AddHostedService<Changes.ChangeListener>();
        }

        services.AddSingleton<TextModelProvider>();
        services.AddHostedService<TextModelWarmUp>();
        services.AddSingleton<Learning.DecisionPairs>();
        services.AddSingleton<Learning.ModelVersionStore>();
        services.AddSingleton<Learning.ModelTraining>();
        services.AddSingleton<Learning.TrainingRequests>();
        services.AddOptions<Embeddings.EmbeddingsOptions>().BindConfiguration(Embeddings.EmbeddingsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Embeddings.SentenceEncoder>();
        services.AddSingleton<Embeddings.EmbeddingStore>();
        services.AddSingleton<Embeddings.EmbeddingJobs>();
        services.AddSingleton<Embeddings.EmbedCallTextsJob>();
        services.AddSingleton<CallStore>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<Designations.DesignationStore>();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CallOverviewService>();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<ApplicantStore>();
        services.AddSingleton<MentorStore>();
        services.AddSingleton<RoundService>();
        services.AddSingleton<RoundInputs>();
        services.AddSingleton<RoundRunner>();
        services.AddSingleton<ProposalStore>();
        services.AddSingleton<ProposalService>();
        services.AddSingleton<HandPairing>();
        services.AddSingleton<Users.UserLanguages>();
        services.AddSingleton<FollowUpStore>();
        services.AddSingleton<FollowUpJobs>();
        services.AddSingleton<FollowUpCommands>();
        services.AddSingleton<FollowUpRunner>();
        services.AddSingleton<FollowUpActions>();
        services.AddSingleton<DigestService>();
        services.AddSingleton<ClosingReportService>();
        services.AddMatchmakingNotifications();
        services.AddMatchmakingIngestionSources();
        services.AddMatchmakingJobs(runJobs: role.HasFlag(HostRole.Worker));
        return services;
    }
}
