namespace Matchmaking.Core.Outcomes;

/// <summary>
/// A phrase's argument that is a code of the engine or the call's rules (<c>region_not_eligible</c>), said as the pages say
/// codes (<c>code: …</c> in the resources) rather than as text.
/// </summary>
public sealed record CodeWord(string Code)
{
    public override string ToString() => Code;
}
