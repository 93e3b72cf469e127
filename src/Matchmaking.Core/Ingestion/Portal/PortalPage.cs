using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>What the portal last said about one page: the validators to send back and where the listing went on.</summary>
internal sealed record PageValidators
{
    public required int Page { get; init; }
    [JsonPropertyName("etag")]
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public int? NextPage { get; init; }
}

/// <summary>One page as fetched: its items when it changed, or only its stored validators when the portal answered 304.</summary>
internal sealed record PortalPage
{
    public required PageValidators Validators { get; init; }
    public required bool Modified { get; init; }
    public IReadOnlyList<JsonElement> Items { get; init; } = [];
}

/// <summary>The body of a page: <c>{ "items": [ ... ], "next_page": 2 | null }</c>.</summary>
public sealed record PortalPageBody
{
    public required List<JsonElement>? Items { get; init; }
    public int? NextPage { get; init; }
}
