namespace Matchmaking.Core.Proposals;

/// <summary>How a pair came to be proposed (the <c>proposals.origin</c> column, written by <see cref="ProposalOrigins.Code"/>).</summary>
public enum ProposalOrigin
{
    /// <summary>A pairing round proposed it.</summary>
    Round,
    /// <summary>The applicant's next best mentor, proposed at once after the coordinator rejected its pair.</summary>
    NextBest,
    /// <summary>The coordinator picked one of the engine's alternatives instead of the proposed mentor.</summary>
    Alternative,
    /// <summary>The coordinator paired the applicant by hand.</summary>
    ByHand,
}

public static class ProposalOrigins
{
    public static string Code(this ProposalOrigin origin) => origin switch
    {
        ProposalOrigin.Round => "round",
        ProposalOrigin.NextBest => "next_best",
        ProposalOrigin.Alternative => "alternative",
        ProposalOrigin.ByHand => "by_hand",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "Not a proposal origin."),
    };

    public static ProposalOrigin Parse(string code) =>
        Enum.GetValues<ProposalOrigin>().FirstOrDefault(o => o.Code() == code) is var origin && origin.Code() == code
            ? origin
            : throw new FormatException($"'{code}' is not a proposal origin.");
}
