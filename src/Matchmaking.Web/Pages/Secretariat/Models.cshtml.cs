using Matchmaking.Core.Learning;
using Matchmaking.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Matchmaking.Web.Pages.Secretariat;

/// <summary>The same services as <c>/api/models</c>: train a candidate (a job), make a stored version or the shipped model active.</summary>
public sealed class ModelsModel(ModelVersionStore versions, TrainingRequests requests, ModelTraining training, IStringLocalizer<Texts> T)
    : AppPage
{
    public ModelsOverview Overview { get; private set; } = null!;

    /// <summary>The latest training request, whose outcome the page shows.</summary>
    public ModelTrainingView? Latest => Overview.Trainings.Count > 0 ? Overview.Trainings[0] : null;

    public bool InProgress => Latest?.Status is "queued" or "running";

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await versions.OverviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostTrainAsync(CancellationToken cancellationToken)
    {
        var requested = await requests.RequestAsync(Actor, cancellationToken);
        Flash = T["Training #{0} is queued; this page refreshes until it is done.", requested.Id];
        return Redirect("/secretariat/models");
    }

    public async Task<IActionResult> OnPostActivateAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await training.ActivateAsync(id, Actor, cancellationToken);
        Flash = outcome.Refusal is { } refusal ? T.Say(refusal.Reason) : T["Version #{0} is active: the next rounds run with it.", id];
        return Redirect("/secretariat/models");
    }

    public async Task<IActionResult> OnPostShippedAsync(CancellationToken cancellationToken)
    {
        var outcome = await training.UseShippedAsync(Actor, cancellationToken);
        Flash = outcome.Refusal is { } refusal ? T.Say(refusal.Reason) : T["The shipped model is active: the next rounds run with it."];
        return Redirect("/secretariat/models");
    }
}
