using Microsoft.Extensions.Hosting;

namespace Matchmaking.Core.Matching;

/// <summary>
/// Loads the shipped model and reads the lexicon (about 2 s) in the background as the host starts, so that the first round
/// or hand pairing does not wait for them. Start-up itself does not wait either.
/// </summary>
internal sealed class TextModelWarmUp(TextModelProvider models) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => _ = models.Model.Version, stoppingToken);
}
