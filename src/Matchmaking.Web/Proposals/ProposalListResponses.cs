using System.Text.Json;
using Matchmaking.Core.Changes;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Users;
using Matchmaking.Engine.Domain;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Matchmaking.Web.Proposals;

/// <summary>
/// The current proposals of a call as JSON, serialized once per call and per kind of reader (what a user may see depends
/// on the role, the coordinator's field and the mentor's city, not on who the user is), and kept until anything changes
/// (<see cref="ChangeFeed"/>). The list is the read a page makes most.
/// </summary>
internal sealed class ProposalListResponses(ProposalService proposals, ChangeFeed changes, IOptions<JsonOptions> json)
{
    private readonly ReadCache<Reader, byte[]> _responses = new(changes, capacity: 1_000);

    public Task<byte[]> GetAsync(int year, CurrentUser user, CancellationToken cancellationToken) =>
        _responses.GetOrReadAsync(new Reader(year, user.Role, user.Field, user.City, user.CountryCode), async ct =>
        {
            var visible = (await proposals.ListCurrentAsync(year, ct)).Where(p => ProposalAccess.CanSee(user, p)).ToList();
            return JsonSerializer.SerializeToUtf8Bytes<IReadOnlyList<ProposalView>>(visible, json.Value.SerializerOptions);
        }, cancellationToken);

    private sealed record Reader(int Year, UserRole Role, CreativeField? Field, string? City, string? CountryCode);
}
