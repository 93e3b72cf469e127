using Hangfire.Server;

namespace Matchmaking.Core.Changes;

/// <summary>Every job of this process counts as a write to the <see cref="ChangeFeed"/> while it runs (a round, a follow-up).</summary>
internal sealed class JobWrites(ChangeFeed feed) : IServerFilter
{
    private const string Key = "matchmaking:write";

    public void OnPerforming(PerformingContext context) => context.Items[Key] = feed.BeginWrite();

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(Key, out var write) && write is IDisposable scope)
        {
            scope.Dispose();
        }
    }
}
