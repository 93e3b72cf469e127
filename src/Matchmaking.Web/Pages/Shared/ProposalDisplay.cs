using System.Text.Json;
using Matchmaking.Core;
using Matchmaking.Core.Proposals;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>A proposal's stored explanation and alternatives, read back into the engine's records for display.</summary>
internal static class ProposalDisplay
{
    /// <summary>
    /// The engine's explanation, or null for a pair the engine did not propose (a coordinator's pick of an alternative
    /// stores <c>{"chosen_by_coordinator": true, "replaces": "…"}</c> instead; see <see cref="Replaces"/>).
    /// </summary>
    public static PairExplanation? Explanation(ProposalView proposal) =>
        proposal.Explanation.ValueKind == JsonValueKind.Object && proposal.Explanation.TryGetProperty("rules_passed", out _)
            ? proposal.Explanation.Deserialize<PairExplanation>(JsonDefaults.Options)
            : null;

    /// <summary>The mentor a coordinator's pick replaced, for a pair chosen by the coordinator.</summary>
    public static string? Replaces(ProposalView proposal) =>
        proposal.Explanation.ValueKind == JsonValueKind.Object && proposal.Explanation.TryGetProperty("replaces", out var replaced)
            ? replaced.GetString()
            : null;

    public static IReadOnlyList<Alternative> Alternatives(ProposalView proposal) =>
        proposal.Alternatives.ValueKind == JsonValueKind.Array
            ? proposal.Alternatives.Deserialize<List<Alternative>>(JsonDefaults.Options) ?? []
            : [];

    /// <summary>A score in the reader's decimal format (0.443, 0,443).</summary>
    public static string Score(double value) => Localization.Phrases.Score(value);

    public static string City(CityRef city) => city.City is null ? city.Id : $"{city.City} ({city.CountryCode})";

    /// <summary>Rule and reason codes (snake_case) as words.</summary>
    public static string Words(string code) => code.Replace('_', ' ');

    /// <summary>An instant as Paris wall-clock time in the reader's words ("9 avril 2028, 23:59"), or nothing.</summary>
    public static string When(DateTimeOffset? at) => at is null ? "" : Localization.Phrases.ParisTime(at.Value);
}
