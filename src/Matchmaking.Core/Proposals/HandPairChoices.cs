using Matchmaking.Engine.Pairing;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// What a coordinator sees before pairing an applicant by hand: the engine's score for every offer of the field, the places
/// each mentor has left, the round the pair would join (null before any round of the field), and the applicant's current pair.
/// </summary>
public sealed record HandPairChoices(
    PairOptions Options, long? RoundId, IReadOnlyDictionary<string, int> Room, IReadOnlyList<CurrentPair> Current);

/// <summary>One of the applicant's pairs as it stands: proposed in the field's latest round, approved or established.</summary>
public sealed record CurrentPair(long ProposalId, string MentorId, ProposalStatus Status);
