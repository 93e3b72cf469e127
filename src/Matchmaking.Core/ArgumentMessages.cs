namespace Matchmaking.Core;

/// <summary>The sentence of an <see cref="ArgumentException"/> alone: .NET appends "(Parameter 'x')", which means nothing to a person.</summary>
public static class ArgumentMessages
{
    public static string Sentence(ArgumentException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
    }
}
