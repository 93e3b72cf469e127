using Matchmaking.Core.Ingestion;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Cli.Pairing;

/// <summary>The shape of <c>result.json</c>: every applicant id appears once, in <c>pairs</c> or <c>unmatched</c>.</summary>
internal sealed record PairOutput
{
    public required int Call { get; init; }
    public required string Model { get; init; }
    public required string Eligibility { get; init; }
    public required IReadOnlyList<PairLine> Pairs { get; init; }
    public required IReadOnlyList<UnmatchedLine> Unmatched { get; init; }
    public required IReadOnlyList<RejectedMentorLine> RejectedMentors { get; init; }
    public required IReadOnlyList<FieldFeasibility> Fields { get; init; }
    /// <summary>Records that could not be read as profiles, with every field error: never dropped silently.</summary>
    public required IReadOnlyList<InvalidRecordLine> InvalidRecords { get; init; }
}

internal sealed record PairLine(
    string ApplicantId, string MentorId, string Field, double Score, double Similarity, PairExplanation Explanation,
    IReadOnlyList<Alternative> Alternatives);

internal sealed record UnmatchedLine(string ApplicantId, IReadOnlyList<string> Reasons);

internal sealed record RejectedMentorLine(string MentorId, IReadOnlyList<string> Reasons);

internal sealed record InvalidRecordLine(string File, int Row, string? Id, IReadOnlyList<FieldError> Errors);
