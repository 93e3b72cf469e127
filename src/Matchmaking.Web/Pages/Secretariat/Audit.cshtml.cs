using Matchmaking.Core.Audit;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class AuditModel(AuditTrail audit) : AppPage
{
    public string? ActorFilter { get; private set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? actor, CancellationToken cancellationToken)
    {
        ActorFilter = actor;
        Entries = await audit.ListAsync(300, actor, cancellationToken);
    }
}
