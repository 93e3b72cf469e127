namespace Matchmaking.Core.Outcomes;

/// <summary>
/// Words the service wants said, without saying them: a code (<c>proposal_superseded</c>) and its arguments. The pages, the
/// API's problem details and the mail turn it into a sentence in the reader's language (<c>phrase: {code}</c> in the
/// Web project's resources), with the reader's number and date formats. Arguments may be text, numbers, instants,
/// creative fields, codes of other types (an enum) or other phrases.
/// </summary>
/// <remarks>Write the code as a literal at the place the phrase is made (<c>new Phrase("…")</c>): a test finds every one and checks that
/// both languages have it.</remarks>
public sealed record Phrase(string Code, params IReadOnlyList<object?> Args)
{
    public override string ToString() => Args.Count == 0 ? Code : $"{Code}({string.Join(", ", Args)})";
}
