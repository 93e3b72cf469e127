namespace Matchmaking.Core.Proposals;

/// <summary>
/// proposed → approved (coordinator) → established (mentor accepts) | declined (mentor) | expired (no answer in time);
/// proposed → rejected (coordinator) | replaced (the coordinator pairs the applicant by hand with another mentor);
/// approved → proposed (the coordinator undoes it before the mentor answers). Declined, expired, rejected and replaced pairs
/// are never proposed again. The JSON writes each as its snake_case name; SQL takes it from <see cref="ProposalStatuses.Code"/>.
/// </summary>
public enum ProposalStatus
{
    Proposed,
    Approved,
    Established,
    Rejected,
    Declined,
    Expired,
    Replaced,
}

/// <summary>The one place that writes a status as the database stores it.</summary>
public static class ProposalStatuses
{
    /// <summary>Pairs kept as they are by a re-run.</summary>
    public static readonly IReadOnlyList<ProposalStatus> Fixed = [ProposalStatus.Approved, ProposalStatus.Established];

    /// <summary>Pairs a re-run never proposes again.</summary>
    public static readonly IReadOnlyList<ProposalStatus> Forbidden =
        [ProposalStatus.Rejected, ProposalStatus.Declined, ProposalStatus.Expired, ProposalStatus.Replaced];

    /// <summary>The status as the <c>proposals.status</c> column and the JSON write it: <c>proposed</c>, <c>approved</c>…</summary>
    public static string Code(this ProposalStatus status) => status switch
    {
        ProposalStatus.Proposed => "proposed",
        ProposalStatus.Approved => "approved",
        ProposalStatus.Established => "established",
        ProposalStatus.Rejected => "rejected",
        ProposalStatus.Declined => "declined",
        ProposalStatus.Expired => "expired",
        ProposalStatus.Replaced => "replaced",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a proposal status."),
    };

    /// <summary>A status as the database wrote it.</summary>
    public static ProposalStatus Parse(string code) =>
        Enum.GetValues<ProposalStatus>().FirstOrDefault(s => s.Code() == code) is var status && status.Code() == code
            ? status
            : throw new FormatException($"'{code}' is not a proposal status.");
}
