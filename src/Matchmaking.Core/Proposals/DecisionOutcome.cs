namespace Matchmaking.Core.Proposals;

public enum DecisionResult
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <param name="Field">For <see cref="DecisionResult.Invalid"/>: the request field that is wrong (<c>note</c>, <c>mentor_id</c>).</param>
/// <param name="Next">After a reject: the applicant's next best mentor, proposed in the same round, if one had room.</param>
public sealed record DecisionOutcome(
    DecisionResult Result, ProposalView? Proposal = null, string? Problem = null, string? Field = null, ProposalView? Next = null)
{
    /// <summary>The longest note a decision takes, as the pages' note fields do.</summary>
    public const int NoteMaxLength = 500;

    /// <summary>An invalid outcome when the note is not acceptable text (see <see cref="Ingestion.TextHygiene"/>), else null.</summary>
    public static DecisionOutcome? CheckNote(string? note) =>
        note is not null && Ingestion.TextHygiene.Problem(note, freeText: true, NoteMaxLength) is { } problem
            ? new DecisionOutcome(DecisionResult.Invalid, Problem: $"The note {problem}.", Field: "note")
            : null;
}
