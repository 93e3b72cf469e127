using Hangfire.States;
using Hangfire.Storage;
using Matchmaking.Core.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaking.Core.FollowUps;

/// <summary>
/// Makes the job dashboard's buttons do what the tasks page does: "Requeue" on a follow-up's failed job retries the task,
/// "Delete" on its current job cancels it, both audited under the signed-in secretariat member. Retry and cancel from the
/// page or API go through <see cref="FollowUpCommands"/> first, so when they requeue or delete the job the row has already
/// moved and this changes nothing.
/// </summary>
public sealed class FollowUpJobStateSync(IServiceProvider services) : IApplyStateFilter
{
    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
        var job = context.BackgroundJob?.Job;
        if (job?.Type != typeof(FollowUpJob) || job.Args.Count == 0 || job.Args[0] is not long id)
        {
            return;
        }

        var fromFailed = context.OldStateName == FailedState.StateName;
        var retried = fromFailed && context.NewState is EnqueuedState or ScheduledState;
        var deleted = context.NewState is DeletedState;
        if (!retried && !deleted)
        {
            return;
        }

        var commands = services.GetRequiredService<FollowUpCommands>();
        var actor = Actor();
        // State filters are synchronous: Hangfire applies them inside its own state transition.
        if (retried)
        {
            commands.RetriedInDashboardAsync(id, actor, CancellationToken.None).GetAwaiter().GetResult();
        }
        else
        {
            commands.DeletedInDashboardAsync(id, context.BackgroundJob!.Id, actor, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }

    /// <summary>The person at the dashboard; a state change with no request behind it is the job system's own.</summary>
    private string Actor()
    {
        var user = services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true && user.Identity.Name is { } name
            ? $"{UserRole.Secretariat.Code()}:{name} (job dashboard)"
            : "system:job dashboard";
    }
}
