using Matchmaking.Core.Calls;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
using Matchmaking.Web.Localization;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The same services as <c>/api/follow-ups/{id}/retry|cancel</c> and <c>/api/notifications/{id}/retry|cancel</c>.</summary>
public sealed class TasksModel(
    FollowUpStore followUps, FollowUpCommands commands, CallStore calls, TimeProvider time, IServiceProvider services,
    IStringLocalizer<Texts> texts) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public IReadOnlyList<FollowUpView> Tasks { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<FollowUpState, int>> TaskCounts { get; private set; } = [];
    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];
    public IReadOnlyList<KeyValuePair<string, int>> NotificationCounts { get; private set; } = [];
    /// <summary>Whether workers deliver the outbox (<c>Smtp:Enabled</c>); off, pending mail stays pending.</summary>
    public bool MailDelivered => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>().Value.Enabled;

    // The outbox is internal to Core (visible to this assembly); resolved here rather than in the constructor because
    // a public page model cannot take an internal type as a constructor parameter.
    private NotificationOutbox Outbox => services.GetRequiredService<NotificationOutbox>();

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Tasks = await followUps.ListAsync(Year, cancellationToken);
        TaskCounts = FollowUpStates.All.Select(s => new KeyValuePair<FollowUpState, int>(s, Tasks.Count(t => t.State == s))).ToList();
        Notifications = await Outbox.ListAsync(null, 200, cancellationToken);
        NotificationCounts = NotificationStates.All
            .Select(s => new KeyValuePair<string, int>(s, Notifications.Count(n => n.State == s))).ToList();
    }

    public async Task<IActionResult> OnPostRetryTaskAsync(long id, int year, CancellationToken cancellationToken)
    {
        var outcome = await commands.RetryAsync(id, Actor.Label, cancellationToken);
        Flash = outcome.Value is not { } done ? texts.Say(outcome.Refusal!.Reason)
            : done.DueAt > time.GetUtcNow() ? texts["Task {0} is scheduled again for {1}.", id, Phrases.ParisTime(done.DueAt)]
            : texts["Task {0} will run again now.", id];
        return Redirect($"/secretariat/tasks?year={year}");
    }

    public async Task<IActionResult> OnPostCancelTaskAsync(long id, int year, CancellationToken cancellationToken)
    {
        var outcome = await commands.CancelAsync(id, Actor.Label, cancellationToken);
        Flash = outcome.Refusal is { } refusal ? texts.Say(refusal.Reason) : texts["Task {0} is cancelled.", id];
        return Redirect($"/secretariat/tasks?year={year}");
    }

    public async Task<IActionResult> OnPostRetryNotificationAsync(long id, int year, CancellationToken cancellationToken)
    {
        var change = await Outbox.RetryAsync(id, Actor.Label, cancellationToken);
        Flash = change.Refusal is { } refusal ? texts.Say(refusal.Reason) : texts["Notification {0} will be sent again.", id];
        return Redirect($"/secretariat/tasks?year={year}");
    }

    public async Task<IActionResult> OnPostCancelNotificationAsync(long id, int year, CancellationToken cancellationToken)
    {
        var change = await Outbox.CancelAsync(id, Actor.Label, cancellationToken);
        Flash = change.Refusal is { } refusal ? texts.Say(refusal.Reason) : texts["Notification {0} is cancelled.", id];
        return Redirect($"/secretariat/tasks?year={year}");
    }
}
