using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

public sealed record PairingRequest
{
    public required CallSchedule Call { get; init; }
    public required IReadOnlyList<ApplicantProfile> Applicants { get; init; }
    public required IReadOnlyList<MentorOffer> Mentors { get; init; }
    /// <summary>The network's member cities (reference data).</summary>
    public required IReadOnlyList<MemberCity> Members { get; init; }
    /// <summary>ISO codes of the countries in UNESCO's Africa and Arab States groups.</summary>
    public required IReadOnlySet<string> EligibleCountryCodes { get; init; }
    public EligibilityMode Eligibility { get; init; } = EligibilityMode.Call;
    /// <summary>Pairs a coordinator approved (or a mentor accepted): kept as they are.</summary>
    public IReadOnlyList<PairKey> Fixed { get; init; } = [];
    /// <summary>Pairs a coordinator rejected or a mentor declined: never proposed again.</summary>
    public IReadOnlyList<PairKey> Forbidden { get; init; } = [];
    /// <summary>Pending proposals of an earlier run: kept where it costs nothing, to change as few as possible.</summary>
    public IReadOnlyList<PairKey> Previous { get; init; } = [];
    /// <summary>Sentence embeddings of the texts <see cref="PairingEngine.TextsToEmbed"/> names; none by default.</summary>
    public TextEmbeddings Embeddings { get; init; } = TextEmbeddings.None;
}

public sealed record PairKey(string ApplicantId, string MentorId);
