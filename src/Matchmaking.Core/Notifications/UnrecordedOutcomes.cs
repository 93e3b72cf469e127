using System.Collections.Concurrent;

namespace Matchmaking.Core.Notifications;

/// <summary>
/// Outcomes this process could not write because the database went away after the mail was sent. They are kept in
/// memory and written first by the next delivery run, so a message the server accepted is never sent again by this
/// process. (Were the process to die as well, the row's 'sending' lease runs out and the message goes again with the
/// same Message-ID.)
/// </summary>
internal sealed class UnrecordedOutcomes
{
    private readonly ConcurrentDictionary<long, DeliveryOutcome> _outcomes = new();

    public void Keep(DeliveryOutcome outcome) => _outcomes[outcome.Id] = outcome;

    public IReadOnlyList<DeliveryOutcome> Snapshot() => _outcomes.Values.OrderBy(o => o.Id).ToList();

    public void Forget(DeliveryOutcome outcome) => _outcomes.TryRemove(new KeyValuePair<long, DeliveryOutcome>(outcome.Id, outcome));
}
